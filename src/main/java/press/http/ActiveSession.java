package press.http;

import press.people.Person;

/** A session found good for this request: its stored hash, the CSRF token that goes with it, and whose it is. */
record ActiveSession(String hash, String csrf, Person person) {
}
