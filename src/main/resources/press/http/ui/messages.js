// The service names a schema violation in English (its JSON Schema validator's words); a clerk
// reads it in Chinese. Each rule below rewrites one of those messages; what none matches is shown
// as it came, so nothing the service says is lost.
"use strict";

const TYPES = { string: "文字", integer: "整数", number: "数字", object: "一组字段", array: "列表", boolean: "是否",
  null: "空值" };
const type = (name) => TYPES[name] || name;

const RULES = [
  [/^required property '(.+)' not found$/, () => "必填，尚未填写"],
  [/^(\w+) found, \[?([\w, ]+?)\]? expected$/, (m) => "应为" + m[2].split(/,\s*/).map(type).join("或") + "，现为" + type(m[1])],
  [/^must have a minimum value of (.+)$/, (m) => "不能小于 " + m[1]],
  [/^must have a maximum value of (.+)$/, (m) => "不能大于 " + m[1]],
  [/^must have an exclusive minimum value of (.+)$/, (m) => "应大于 " + m[1]],
  [/^must have an exclusive maximum value of (.+)$/, (m) => "应小于 " + m[1]],
  [/^must be at least 1 characters long$/, () => "不能为空"],
  [/^must be at least (\d+) characters long$/, (m) => "至少 " + m[1] + " 个字"],
  [/^must be at most (\d+) characters long$/, (m) => "最多 " + m[1] + " 个字"],
  [/^must have at least (\d+) items but found (\d+)$/, (m) => "至少 " + m[1] + " 项，现有 " + m[2] + " 项"],
  [/^must have at most (\d+) items but found (\d+)$/, (m) => "最多 " + m[1] + " 项，现有 " + m[2] + " 项"],
  [/^does not have a value in the enumeration \[(.*)\]$/, (m) => "只能是以下之一：" + m[1].split(/,\s*/).join("、")],
  [/^must be the constant value '(.*)'$/, (m) => "只能是 " + m[1]],
  [/^property '(.+)' is not defined in the schema and the schema does not allow additional properties$/,
    () => "这一种类没有这个字段，请删去"],
  [/^property '(.+)' is not evaluated and the schema does not allow unevaluated properties$/, () => "这一种类没有这个字段，请删去"],
  [/^has a missing property '(.+)' which is dependent required because '(.+)' is present$/,
    (m) => "填了“" + m[2] + "”，也须填“" + m[1] + "”"],
  [/^does not match the regex pattern \^\[0-9\]\{4\}-\[0-9\]\{2\}-\[0-9\]\{2\}\$$/, () => "日期格式应为 年-月-日，如 2020-06-05"],
  [/^does not match the regex pattern \^\[0-9\]\{4\}-\(0\[1-9\]\|1\[0-2\]\)\$$/, () => "期次格式应为 年-月，如 2020-06"],
  [/^does not match the regex pattern \^\[0-9\]\+\(\\\.\[0-9\]\+\)\?%\$$/, () => "应为百分数，如 99.8%"],
  [/^does not match the regex pattern \^data:image/, () => "应为 PNG 或 JPEG 图片"],
  [/^does not match the regex pattern \^\[\^\\n\\r\]/, () => "应为一行有内容的文字（不能只有空格，不能换行）"],
  [/^does not match the regex pattern \[\^\\s/, () => "不能只有空格"],
  [/^does not match the regex pattern /, () => "格式不符合要求"],
  [/^must be multiple of (.+)$/, (m) => "应为 " + m[1] + " 的整数倍"],
  [/^must have only unique items in the array$/, () => "各项不能重复"],
  [/is not a date of the calendar/, () => "不是日历上的日期"],
  [/cannot be printed/, (m, text) => "含有不能印出的字符：" + text],
  [/is beyond any figure a bulletin prints/, () => "数字过大，简报不会印出这样的数"],
];

/** The check's message in Chinese, for a clerk; unknown messages unchanged. */
export function chinese(message) {
  // a message the service words in both languages ("中文 / English") is shown in its Chinese half
  const bilingual = /^(.*[\u4e00-\u9fff].*?) \/ [A-Za-z]/.exec(message);
  if (bilingual) {
    return bilingual[1];
  }
  for (const [pattern, write] of RULES) {
    const match = pattern.exec(message);
    if (match) {
      return write(match, message);
    }
  }
  return message;
}
