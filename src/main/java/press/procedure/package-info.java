/**
 * The office's procedure for a document (拟稿 → 审核 → 签发), taken on drafts kept on the
 * server: who may take which step, that nobody passes or signs their own draft unless the
 * office allows it, and what sign-off writes into the data (the 签发人, the 发文字号 from the
 * register) before the document is published.
 */
package press.procedure;
