package press.http;

/** Whether the service has warmed up: fonts parsed, every renderer built, docx4j's JAXB started. */
public final class Readiness {

    private volatile boolean ready;
    private volatile String problem = "";

    public void ready() {
        ready = true;
    }

    public void failed(String why) {
        problem = why;
    }

    public boolean isReady() {
        return ready && problem.isEmpty();
    }

    public String problem() {
        return problem;
    }
}
