package press.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import press.catalogue.Kind;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import tools.jackson.databind.JsonNode;

/** One fixture in one variant of its kind: every such pair is a document the suite measures. */
public record FixtureVariant(String fixture, Kind kind, String kindName, String variant, JsonNode data) {

    /** Every fixture ({@code fixtures/<name>/fixture.json} beside its data) in every variant of its kind. */
    public static List<FixtureVariant> all() {
        List<FixtureVariant> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Fixtures.root().resolve("fixtures"))) {
            for (Path folder : folders.sorted().toList()) {
                if (!Files.exists(folder.resolve("fixture.json"))) {
                    continue;
                }
                String kindName = JsonInput.object(Files.readAllBytes(folder.resolve("fixture.json"))).path("template")
                        .asString();
                Kind kind = Fixtures.press().catalogue().kind(kindName).orElseThrow();
                JsonNode data = JsonInput.object(Files.readAllBytes(folder.resolve("data.json")));
                for (String variant : kind.variantNames()) {
                    all.add(new FixtureVariant(folder.getFileName().toString(), kind, kindName, variant, data));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public byte[] render(Format format, RenderOptions options) {
        return Fixtures.press().render(new RenderRequest(kindName, variant, format, data, options)).bytes();
    }

    @Override
    public String toString() {
        return fixture + " " + variant;
    }
}
