/**
 * The people of an office as the service knows them: who is acting on a request, which of the
 * office's roles (拟稿, 审核, 签发, 管理员) they hold, their accounts and how passwords are kept.
 */
package press.people;
