/**
 * Drafts kept on the server: a month's data for one kind, region and period, saved again and
 * again as numbered versions, and the steps of the office's procedure (提交审核, 审核, 签发)
 * taken on it, both only ever appended; and the 发文字号 register that numbers documents at
 * sign-off. {@link press.drafts.DraftStore} is what an archive keeps them in.
 */
package press.drafts;
