/**
 * Parts of one render run on a spare core: {@link press.parallel.Background} hands a part to the
 * common pool and takes it back when the render needs it and no thread has begun it, so a render
 * never waits for a core; while the JIT is compiling, the spare core is its and the render keeps
 * its parts. Depends on nothing of ours but the failure vocabulary.
 */
package press.parallel;
