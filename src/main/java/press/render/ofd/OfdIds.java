package press.render.ofd;

/**
 * The package's object identifiers, one counter for the whole document (colour space, fonts,
 * pictures, pages, layers, page objects), handed out in the order things are written so the
 * same document always numbers alike; the last one given is the document's MaxUnitID.
 */
final class OfdIds {

    private long last;

    long next() {
        return ++last;
    }

    long max() {
        return last;
    }
}
