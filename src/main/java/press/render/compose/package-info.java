/**
 * Line composition for Chinese text after the W3C "Requirements for Chinese Text Layout"
 * (CLREQ), independent of any output format: a paragraph's characters, measured by the writer
 * that will draw them, are broken into lines by total fit with 避头尾, adjacent punctuation
 * is compressed, a line that needs room takes it from its punctuation before anything else,
 * and a justified line's remainder goes between CJK characters only — never inside a run of
 * Latin letters or digits, never on a paragraph's last line. The result is lines of runs, each
 * run one face with one spacing after every character, which a writer only has to place.
 */
package press.render.compose;
