package press.render.style;

/**
 * How an appendix announces itself: INLINE puts "附件1：title" on one line (the 简报 habit),
 * SEPARATE puts "附件1" top left and the title centred on the third line (GB/T 9704).
 */
public enum AppendixLayout {
    INLINE, SEPARATE
}
