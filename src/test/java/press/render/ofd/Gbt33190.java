package press.render.ofd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content models of GB/T 33190-2016 for every element an OFD package of ours may hold,
 * written from the standard's text (its clauses on the entry file §7.4, the document §7.5,
 * resources §7.9, pages and layers §8, graphic units §8.5, paths §9, text §11, images §10,
 * colour §8.3, actions §14, the outline §7.5, custom tags §20), not from our writer: no copy
 * of the standard's XML schema with a usable licence could be had. Each element: its
 * attributes and their types, the required ones, its children in sequence (each step one
 * element or a choice among several, with its bounds) and the type of its text.
 */
final class Gbt33190 {

    /** One step of a sequence: one of {@code names}, from {@code min} to {@code max} times. */
    record Step(Set<String> names, int min, int max) {
    }

    /** An element's rule; {@code text} is the type of its text content, or null where it holds elements. */
    record Rule(Map<String, String> attributes, Set<String> required, List<Step> children, String text) {
    }

    static final int MANY = Integer.MAX_VALUE;

    private static final Map<String, Rule> RULES = new HashMap<>();

    /** The attributes every graphic unit has (CT_GraphicUnit, §8.5). */
    private static final String[] GRAPHIC_UNIT = {"Boundary", "box", "Name", "string", "Visible", "boolean", "CTM",
            "matrix", "DrawParam", "ref", "LineWidth", "double", "Cap", "enum:Butt Round Square", "Join",
            "enum:Miter Round Bevel", "MiterLimit", "double", "DashOffset", "double", "DashPattern", "array", "Alpha",
            "alpha"};
    private static final String[] PATH = {"Stroke", "boolean", "Fill", "boolean", "Rule", "enum:NonZero Even-Odd"};
    private static final String[] TEXT = {"Font", "ref:font", "Size", "positive", "Stroke", "boolean", "Fill", "boolean",
            "HScale", "positive", "ReadDirection", "enum:0 90 180 270", "CharDirection", "enum:0 90 180 270", "Weight",
            "enum:0 100 200 300 400 500 600 700 800 900 1000", "Italic", "boolean"};

    static {
        rule("OFD", attrs("Version", "enum:1.0", "DocType", "enum:OFD OFD-A"), Set.of("Version", "DocType"),
                List.of(one("DocBody", 1, MANY)));
        rule("DocBody", attrs(), Set.of(), List.of(one("DocInfo", 1, 1), one("DocRoot", 1, 1), one("Versions", 0, 1),
                one("Signatures", 0, 1)));
        rule("DocInfo", attrs(), Set.of(), List.of(one("DocID", 0, 1), one("Title", 0, 1), one("Author", 0, 1),
                one("Subject", 0, 1), one("Abstract", 0, 1), one("CreationDate", 0, 1), one("ModDate", 0, 1),
                one("DocUsage", 0, 1), one("Cover", 0, 1), one("Keywords", 0, 1), one("Creator", 0, 1),
                one("CreatorVersion", 0, 1), one("CustomDatas", 0, 1)));
        text("DocRoot", "loc");
        text("DocID", "docid");
        for (String name : new String[] {"Title", "Author", "Subject", "Abstract", "Creator", "CreatorVersion"}) {
            text(name, "string");
        }
        text("CreationDate", "date");
        text("ModDate", "date");
        rule("CustomDatas", attrs(), Set.of(), List.of(one("CustomData", 1, MANY)));
        RULES.put("CustomData", new Rule(attrs("Name", "nonempty"), Set.of("Name"), List.of(), "string"));

        rule("Document", attrs(), Set.of(), List.of(one("CommonData", 1, 1), one("Pages", 1, 1), one("Outlines", 0, 1),
                one("Permissions", 0, 1), one("Actions", 0, 1), one("VPreferences", 0, 1), one("Bookmarks", 0, 1),
                one("Annotations", 0, 1), one("CustomTags", 0, 1), one("Attachments", 0, 1), one("Extensions", 0, 1)));
        rule("CommonData", attrs(), Set.of(), List.of(one("MaxUnitID", 1, 1), one("PageArea", 1, 1),
                one("PublicRes", 0, MANY), one("DocumentRes", 0, MANY), one("TemplatePage", 0, MANY), one("DefaultCS", 0, 1)));
        text("MaxUnitID", "count");
        text("PublicRes", "loc");
        text("DocumentRes", "loc");
        text("DefaultCS", "ref:colourspace");
        text("Document/CustomTags", "loc");
        rule("PageArea", attrs(), Set.of(), List.of(one("PhysicalBox", 1, 1), one("ApplicationBox", 0, 1),
                one("ContentBox", 0, 1), one("BleedBox", 0, 1)));
        for (String box : new String[] {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox"}) {
            text(box, "box");
        }
        rule("Pages", attrs(), Set.of(), List.of(one("Page", 1, MANY)));
        rule("Pages/Page", attrs("ID", "id:page", "BaseLoc", "loc"), Set.of("ID", "BaseLoc"), List.of());
        rule("Outlines", attrs(), Set.of(), List.of(one("OutlineElem", 1, MANY)));
        rule("OutlineElem", attrs("Title", "string", "Count", "int", "Expanded", "boolean"), Set.of("Title"),
                List.of(one("Actions", 0, 1), one("OutlineElem", 0, MANY)));
        rule("Actions", attrs(), Set.of(), List.of(one("Action", 1, MANY)));
        rule("Action", attrs("Event", "enum:DO PO CLICK"), Set.of("Event"), List.of(one("Region", 0, 1),
                new Step(Set.of("Goto", "URI", "GotoA", "Sound", "Movie"), 1, 1)));
        rule("Goto", attrs(), Set.of(), List.of(new Step(Set.of("Dest", "Bookmark"), 1, 1)));
        rule("Dest", attrs("Type", "enum:XYZ Fit FitH FitV FitR", "PageID", "ref:page", "Left", "double", "Top", "double",
                "Right", "double", "Bottom", "double", "Zoom", "double"), Set.of("Type", "PageID"), List.of());
        rule("VPreferences", attrs(), Set.of(), List.of(one("PageMode", 0, 1), one("PageLayout", 0, 1),
                one("TabDisplay", 0, 1), one("HideToolbar", 0, 1), one("HideMenubar", 0, 1), one("HideWindowUI", 0, 1),
                new Step(Set.of("ZoomMode", "Zoom"), 0, 1)));
        text("PageMode", "enum:None FullScreen UseOutlines UseThumbs UseCustomTags UseLayers UseAttatchs UseBookmarks");
        text("TabDisplay", "enum:DocTitle FileName");

        rule("Res", attrs("BaseLoc", "folder"), Set.of(), List.of(new Step(Set.of("ColorSpaces", "DrawParams", "Fonts",
                "MultiMedias", "CompositeGraphicUnits"), 0, MANY)));
        rule("ColorSpaces", attrs(), Set.of(), List.of(one("ColorSpace", 1, MANY)));
        rule("ColorSpace", attrs("ID", "id:colourspace", "Type", "enum:GRAY RGB CMYK", "BitsPerComponent",
                "enum:1 2 4 8 16", "Profile", "loc"), Set.of("ID", "Type"), List.of(one("Palette", 0, 1)));
        rule("Fonts", attrs(), Set.of(), List.of(one("Font", 1, MANY)));
        rule("Font", attrs("ID", "id:font", "FontName", "nonempty", "FamilyName", "string", "Charset",
                "enum:symbol prc big5 shift-jis wansung johab unicode", "Italic", "boolean", "Bold", "boolean", "Serif",
                "boolean", "FixedWidth", "boolean"), Set.of("ID", "FontName"), List.of(one("FontFile", 0, 1)));
        text("FontFile", "resloc");
        rule("MultiMedias", attrs(), Set.of(), List.of(one("MultiMedia", 1, MANY)));
        rule("MultiMedia", attrs("ID", "id:media", "Type", "enum:Image Audio Video", "Format", "string"),
                Set.of("ID", "Type"), List.of(one("MediaFile", 1, 1)));
        text("MediaFile", "resloc");

        rule("Page", attrs(), Set.of(), List.of(one("Template", 0, MANY), one("PageRes", 0, MANY), one("Area", 0, 1),
                one("Content", 0, 1), one("Actions", 0, 1)));
        rule("Page/Area", attrs(), Set.of(), RULES.get("PageArea").children());
        rule("Content", attrs(), Set.of(), List.of(one("Layer", 1, MANY)));
        rule("Layer", attrs("ID", "id", "Type", "enum:Body Background Foreground Custom", "DrawParam", "ref"),
                Set.of("ID"), List.of(new Step(Set.of("TextObject", "PathObject", "ImageObject", "CompositeObject",
                        "PageBlock"), 0, MANY)));
        List<Step> unit = List.of(one("Actions", 0, 1), one("Clips", 0, 1));
        rule("TextObject", attrs(join(GRAPHIC_UNIT, TEXT, "ID", "id")), Set.of("ID", "Boundary", "Font", "Size"),
                concat(unit, one("FillColor", 0, 1), one("StrokeColor", 0, 1),
                        new Step(Set.of("CGTransform", "TextCode"), 1, MANY)));
        rule("PathObject", attrs(join(GRAPHIC_UNIT, PATH, "ID", "id")), Set.of("ID", "Boundary"),
                concat(unit, one("StrokeColor", 0, 1), one("FillColor", 0, 1), one("AbbreviatedData", 1, 1)));
        rule("ImageObject", attrs(join(GRAPHIC_UNIT, new String[] {"ResourceID", "ref:media", "Substitution", "ref:media",
                "ImageMask", "ref:media"}, "ID", "id")), Set.of("ID", "Boundary", "ResourceID"),
                concat(unit, one("Border", 0, 1)));
        for (String colour : new String[] {"FillColor", "StrokeColor"}) {
            rule(colour, attrs("Value", "colour", "Index", "int", "ColorSpace", "ref:colourspace", "Alpha", "alpha"),
                    Set.of(), List.of(new Step(Set.of("Pattern", "AxialShd", "RadialShd", "GouraudShd", "LaGourandShd"), 0, 1)));
        }
        rule("CGTransform", attrs("CodePosition", "int", "CodeCount", "int", "GlyphCount", "int"), Set.of("CodePosition"),
                List.of(one("Glyphs", 0, 1)));
        text("Glyphs", "array");
        RULES.put("TextCode", new Rule(attrs("X", "double", "Y", "double", "DeltaX", "deltas", "DeltaY", "deltas"),
                Set.of(), List.of(), "string"));
        text("AbbreviatedData", "pathdata");
        rule("Clips", attrs(), Set.of(), List.of(one("Clip", 1, MANY)));
        rule("Clip", attrs(), Set.of(), List.of(one("Area", 1, MANY)));
        rule("Clip/Area", attrs("DrawParam", "ref", "CTM", "matrix"), Set.of(), List.of(new Step(Set.of("Path", "Text"), 1, 1)));
        rule("Area/Path", attrs(join(GRAPHIC_UNIT, PATH)), Set.of("Boundary"),
                concat(unit, one("StrokeColor", 0, 1), one("FillColor", 0, 1), one("AbbreviatedData", 1, 1)));

        rule("CustomTags", attrs(), Set.of(), List.of(one("CustomTag", 0, MANY)));
        rule("CustomTag", attrs("NameSpace", "nonempty"), Set.of("NameSpace"), List.of(one("SchemaLoc", 0, 1),
                one("FileLoc", 1, 1)));
        text("FileLoc", "loc");
        text("SchemaLoc", "loc");
        RULES.put("ObjectRef", new Rule(attrs("PageRef", "ref:page"), Set.of("PageRef"), List.of(), "objectref"));
    }

    private Gbt33190() {
    }

    /** The rule for {@code name} under {@code parent}: a rule for the pair where the name means more than one thing. */
    static Rule of(String parent, String name) {
        Rule rule = RULES.get(parent + "/" + name);
        return rule != null ? rule : RULES.get(name);
    }

    private static void rule(String name, Map<String, String> attributes, Set<String> required, List<Step> children) {
        RULES.put(name, new Rule(attributes, required, children, null));
    }

    private static void text(String name, String type) {
        RULES.put(name, new Rule(Map.of(), Set.of(), List.of(), type));
    }

    private static Step one(String name, int min, int max) {
        return new Step(Set.of(name), min, max);
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String[] join(String[] a, String[] b, String... more) {
        String[] all = new String[a.length + b.length + more.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(more, 0, all, a.length + b.length, more.length);
        return all;
    }

    private static List<Step> concat(List<Step> first, Step... more) {
        List<Step> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
