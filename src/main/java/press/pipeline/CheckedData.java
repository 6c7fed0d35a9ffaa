package press.pipeline;

import press.figures.Figures;
import tools.jackson.databind.JsonNode;

/** The data as the document is made of them (pasted line breaks made paragraphs) and their figures. */
record CheckedData(JsonNode data, Figures figures) {
}
