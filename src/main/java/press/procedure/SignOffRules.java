package press.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What sign-off writes into a kind's data, from the kind's {@code procedure.json}: the field
 * of its 发文字号 with the register's format and the variants that print it, and the field of
 * its 签发人 list. A kind without the file gets nothing written.
 *
 * <pre>{"number": {"field": "documentNumber", "format": "{issuer}〔{year}〕{number}号",
 *  "variants": ["wenjian", "xinhan"]}, "signers": "gongwen.signers"}</pre>
 *
 * @param numberField the top-level field that holds the 发文字号; null for none
 * @param format the number as printed: {issuer}, {year} and {number} filled in
 * @param numbered the variants whose documents are numbered (the others do not print the field)
 * @param signersPath the dotted path of the 签发人 list; null for none
 */
public record SignOffRules(String numberField, String format, Set<String> numbered, List<String> signersPath) {

    static final SignOffRules NONE = new SignOffRules(null, null, Set.of(), null);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The office's zone: a 发文字号's year where the data give no 成文日期. */
    private static final java.time.ZoneId OFFICE = java.time.ZoneId.of("Asia/Shanghai");

    public SignOffRules {
        numbered = Set.copyOf(numbered);
        signersPath = signersPath == null ? null : List.copyOf(signersPath);
        if (numberField != null && (format == null || !format.contains("{number}"))) {
            throw new IllegalArgumentException("a 发文字号 format needs {number}: " + format);
        }
    }

    /** The rules of the kind in {@code directory}; none where it has no procedure.json. */
    static SignOffRules load(Path directory) {
        Path file = directory.resolve("procedure.json");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            JsonNode json = JSON.readTree(Files.readAllBytes(file));
            JsonNode number = json.path("number");
            Set<String> variants = new java.util.HashSet<>();
            number.path("variants").values().forEach(v -> variants.add(v.asString()));
            String signers = json.path("signers").asString(null);
            return new SignOffRules(number.path("field").asString(null), number.path("format").asString(null), variants,
                    signers == null ? null : List.of(signers.split("\\.")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Gives the next 发文字号 number of an issuer and year (the register). */
    @FunctionalInterface
    interface Register {
        int next(String issuer, int year);
    }

    /**
     * Writes into the data what sign-off writes: the signer's name (null: none to write) and,
     * in a numbered variant, the register's 发文字号.
     */
    void apply(ObjectNode data, String variant, String signer, Register register) {
        if (signer != null) {
            sign(data, signer);
        }
        if (numbers(variant)) {
            String issuer = issuer(data);
            int year = year(data);
            data.put(numberField, format(issuer, year, register.next(issuer, year)));
        }
    }

    /** The 发文字号's year: the 成文日期's where the data have one, else this year in the office's zone. */
    private static int year(JsonNode data) {
        try {
            return java.time.LocalDate.parse(data.path("signature").path("date").asString("")).getYear();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDate.now(OFFICE).getYear();
        }
    }

    /**
     * Where the data carry the 签发人 list and leave it empty (a 上行文 whose clerk left the
     * signer to the sign-off), the signing person's name; a list the clerk filled is kept, and
     * data without the list (a 下行文, which prints no 签发人) get none.
     */
    void sign(ObjectNode data, String signer) {
        if (signersPath == null) {
            return;
        }
        JsonNode parent = data;
        for (String name : signersPath.subList(0, signersPath.size() - 1)) {
            parent = parent.path(name);
        }
        JsonNode list = parent.path(signersPath.get(signersPath.size() - 1));
        if (list instanceof ArrayNode signers && signers.isEmpty()) {
            signers.add(signer);
        }
    }

    /** Whether a document of this variant gets its 发文字号 from the register. */
    boolean numbers(String variant) {
        return numberField != null && numbered.contains(variant);
    }

    /**
     * The issuer's 代字 the clerk wrote in the number field: what precedes the 〔year〕, as in
     * last month's 阿坝政务办〔2020〕5号, or the whole field (阿坝政务办).
     */
    String issuer(JsonNode data) {
        String written = data.path(numberField).asString("").strip();
        int bracket = written.indexOf('〔');
        String issuer = (bracket >= 0 ? written.substring(0, bracket) : written).strip();
        if (issuer.isEmpty() || issuer.chars().anyMatch(Character::isDigit)) {
            throw new Failure(Reason.INVALID_DATA, "发文字号需写明发文机关代字（如“阿坝政务办”），签发时由登记簿编号 "
                    + "(write the issuer's abbreviation in " + numberField + "; sign-off numbers it)",
                    List.of(Map.of("path", "$." + numberField, "message", "发文字号需写明发文机关代字，如“阿坝政务办”")));
        }
        return issuer;
    }

    /** The number as the document prints it. */
    String format(String issuer, int year, int number) {
        return format.replace("{issuer}", issuer).replace("{year}", Integer.toString(year))
                .replace("{number}", Integer.toString(number));
    }
}
