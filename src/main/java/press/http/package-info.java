/**
 * The render service over HTTP, on Javalin: {@code POST /render}, the template catalogue,
 * health and the OpenAPI description. Every error is JSON with a code, a message and details;
 * renders run in a bounded queue with a time limit, so load turns into 503s, not memory.
 */
package press.http;
