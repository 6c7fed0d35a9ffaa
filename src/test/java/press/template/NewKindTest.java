package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.BulletinPress;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;

/** A new bulletin kind is new files only: a folder with a manifest, a schema, a template and a style sheet. */
class NewKindTest {

    @TempDir
    Path templates;

    @Test
    void aKindAddedAsFilesRendersInBothFormatsWithoutNewJava() throws IOException {
        Path kind = Files.createDirectories(templates.resolve("duty-roster"));
        Files.writeString(kind.resolve("manifest.json"), """
                {"title": "值班表", "description": "who is on duty", "defaultVariant": "plain",
                 "variants": {"plain": "one table", "extended": "the same, another style"}}""");
        Files.writeString(kind.resolve("schema.json"), """
                {"type": "object", "required": ["month", "duties"], "properties": {
                  "month": {"type": "string"},
                  "duties": {"type": "array", "items": {"type": "object", "required": ["day", "name"]}}}}""");
        String template = """
                <bulletin><meta title="${month}值班表"/><title>${month}值班表</title>
                <table><columns><column kind="number"/><column/></columns>
                <head><row><cell>日</cell><cell>值班人</cell></row></head>
                <body><#list duties as d><row><cell>${d.day}</cell><cell>${d.name}</cell></row></#list></body></table>
                <closing office="办公室" date="2020年8月1日印"/></bulletin>""";
        Files.writeString(kind.resolve("plain.ftlx"), template);
        Files.writeString(kind.resolve("extended.ftlx"), template);
        Files.copy(Fixtures.root().resolve("templates/generic-bulletin/standard.style.json"), kind.resolve("plain.style.json"));
        Files.writeString(kind.resolve("extended.style.json"), """
                {"extends": "plain.style.json", "roles": {"title": {"font": "kai", "size": 26, "leading": 40, "align": "center"}}}""");

        BulletinPress press = BulletinPress.open(templates, Fixtures.root().resolve("fonts"));
        assertEquals(java.util.List.of("extended", "plain"), press.catalogue().kind("duty-roster").orElseThrow().variantNames());
        var data = JsonInput.object("{\"month\": \"8月\", \"duties\": [{\"day\": 1, \"name\": \"泽仁尼玛\"}, {\"day\": 2, \"name\": \"龙英\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String variant : new String[] {"plain", "extended"}) {
            String pdf = new ExtractedPdf(press.render(new RenderRequest("duty-roster", variant, Format.PDF, data)).bytes()).text();
            assertTrue(pdf.contains("8月值班表") && pdf.contains("泽仁尼玛"), pdf);
            String docx = new Docx(press.render(new RenderRequest("duty-roster", variant, Format.DOCX, data)).bytes())
                    .text("word/document.xml");
            assertTrue(docx.contains("龙英"));
        }
    }
}
