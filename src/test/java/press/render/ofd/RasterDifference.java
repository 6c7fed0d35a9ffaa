package press.render.ofd;

import java.awt.image.BufferedImage;

/**
 * How two drawings of one page differ, cut at half grey into ink and paper: a pixel of ink in
 * one with no ink of the other within one pixel is a miss. Images of slightly different sizes
 * (one rasteriser rounds the page up) are compared where they overlap.
 */
record RasterDifference(int ink, int missed, int pixels, int densest, double pictureGrey, BufferedImage misses) {

    /** The side of the square in which misses are counted together: about a character of body text at 100 dpi. */
    static final int WINDOW = 16;

    /** Ink where an eighth of a pixel is covered: poppler snaps thin strokes to whole black rows, Java 2D leaves them light grey over two. */
    private static final int INK_BELOW = 224;

    /**
     * Compares {@code a} and {@code b}; inside {@code pictures} (pixel rectangles) only the mean
     * grey difference is measured, each pixel against the closest within one pixel, since two
     * JPEG decoders shade a gradient differently.
     */
    static RasterDifference of(BufferedImage a, BufferedImage b, java.util.List<java.awt.Rectangle> pictures) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        boolean[][] inkA = ink(a, width, height);
        boolean[][] inkB = ink(b, width, height);
        long greyDifference = 0;
        long picturePixels = 0;
        for (java.awt.Rectangle picture : pictures) {
            // the picture and a pixel round it, where the two rasterisers blend its edge
            for (int y = Math.max(0, picture.y - 1); y < Math.min(height, picture.y + picture.height + 1); y++) {
                for (int x = Math.max(0, picture.x - 1); x < Math.min(width, picture.x + picture.width + 1); x++) {
                    if (x > picture.x && y > picture.y && x < picture.x + picture.width - 1 && y < picture.y + picture.height - 1) {
                        greyDifference += nearestGrey(a, b, x, y, width, height);
                        picturePixels++;
                    }
                    inkA[y][x] = false;
                    inkB[y][x] = false;
                }
            }
        }
        BufferedImage misses = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int ink = 0;
        int missed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = 0xFFFFFF;
                if (inkA[y][x]) {
                    ink++;
                    colour = 0xC0C0C0;
                    if (!near(inkB, x, y, width, height)) {
                        missed++;
                        colour = 0xFF0000;
                    }
                }
                if (inkB[y][x]) {
                    ink++;
                    colour = colour == 0xFF0000 ? colour : 0xC0C0C0;
                    if (!near(inkA, x, y, width, height)) {
                        missed++;
                        colour = 0x0000FF;
                    }
                }
                misses.setRGB(x, y, colour);
            }
        }
        return new RasterDifference(ink, missed, width * height, densest(misses), picturePixels == 0 ? 0
                : (double) greyDifference / picturePixels, misses);
    }

    /** The most misses in any window of {@link #WINDOW} pixels square, at steps of half a window. */
    private static int densest(BufferedImage misses) {
        int most = 0;
        for (int top = 0; top < misses.getHeight(); top += WINDOW / 2) {
            for (int left = 0; left < misses.getWidth(); left += WINDOW / 2) {
                int count = 0;
                for (int y = top; y < Math.min(top + WINDOW, misses.getHeight()); y++) {
                    for (int x = left; x < Math.min(left + WINDOW, misses.getWidth()); x++) {
                        int rgb = misses.getRGB(x, y) & 0xFFFFFF;
                        count += rgb == 0xFF0000 || rgb == 0x0000FF ? 1 : 0;
                    }
                }
                most = Math.max(most, count);
            }
        }
        return most;
    }

    double inkMissed() {
        return ink == 0 ? 0 : (double) missed / ink;
    }

    double pageMissed() {
        return (double) missed / pixels;
    }

    private static boolean[][] ink(BufferedImage image, int width, int height) {
        boolean[][] ink = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ink[y][x] = grey(image.getRGB(x, y)) < INK_BELOW;
            }
        }
        return ink;
    }

    private static int grey(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    /**
     * How far a pixel of {@code a} is in grey from the closest of {@code b} within one pixel, as
     * ink is compared: text printed under a seal shows through it, and its edges fall a pixel
     * apart in the two rasterisers.
     */
    private static int nearestGrey(BufferedImage a, BufferedImage b, int x, int y, int width, int height) {
        int here = grey(a.getRGB(x, y));
        int nearest = 255;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                    nearest = Math.min(nearest, Math.abs(here - grey(b.getRGB(nx, ny))));
                }
            }
        }
        return nearest;
    }

    private static boolean near(boolean[][] ink, int x, int y, int width, int height) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < width && ny < height && ink[ny][nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d of %d ink pixels missed (%.2f %%, %.3f %% of the page), at most %d in a %d px square; pictures %.1f grey levels apart",
                missed, ink, inkMissed() * 100, pageMissed() * 100, densest, WINDOW, pictureGrey);
    }
}
