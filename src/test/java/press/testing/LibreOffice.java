package press.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts DOCX files to PDF with LibreOffice (Debian's libreoffice-writer-nogui, which
 * {@code .ci/run} installs), optionally with the installed fonts hidden from it: then it sees
 * only its own OpenSymbol (it will not start with no font at all), so every Chinese character
 * must come from a font the document embeds.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** The PDFs of the given DOCX files, converted in one run of soffice. */
    public static List<Path> toPdf(List<Path> documents, Path folder, boolean hideInstalledFonts)
            throws IOException, InterruptedException {
        return toPdf(documents, folder, hideInstalledFonts ? List.of() : null, 180);
    }

    /**
     * The PDFs of the given DOCX files, converted in one run of soffice with its own profile in
     * {@code folder}, seeing only its own fonts and those in {@code fontDirs} (every installed font
     * where that is null), within {@code seconds}: a conversion that takes longer fails, and
     * soffice and everything it started are killed.
     */
    public static List<Path> toPdf(List<Path> documents, Path folder, List<Path> fontDirs, int seconds)
            throws IOException, InterruptedException {
        boolean hideInstalledFonts = fontDirs != null;
        List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                folder.toString()));
        documents.forEach(document -> command.add(document.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile());
        if (hideInstalledFonts) {
            Path config = folder.resolve("fonts.conf");
            Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                    + "<fontconfig><dir>/usr/share/fonts/truetype/libreoffice</dir>"
                    + "<dir>/usr/lib/libreoffice/share/fonts/truetype</dir>"
                    + fontDirs.stream().map(dir -> "<dir>" + dir + "</dir>").reduce("", String::concat)
                    + "<cachedir>" + folder.resolve("font-cache") + "</cachedir></fontconfig>\n");
            builder.environment().put("FONTCONFIG_FILE", config.toString());
        }
        Process soffice;
        try {
            soffice = builder.start();
        } catch (IOException e) {
            throw new IOException("LibreOffice (soffice) is needed for the DOCX tests: apt-get install "
                    + "libreoffice-writer-nogui (.ci/run does)", e);
        }
        if (!soffice.waitFor(seconds, TimeUnit.SECONDS)) {
            // soffice is a launcher: the office process under it must go too, or it runs on
            soffice.descendants().forEach(ProcessHandle::destroyForcibly);
            soffice.destroyForcibly();
            throw new IOException("soffice did not finish in " + seconds + " s converting " + documents);
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path document : documents) {
            String name = document.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
            Path pdf = folder.resolve(name);
            if (!Files.exists(pdf)) {
                throw new IOException("soffice wrote no " + name + ": " + Files.readString(folder.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
