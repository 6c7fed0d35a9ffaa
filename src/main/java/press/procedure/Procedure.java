package press.procedure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.drafts.DraftEvent;
import press.drafts.DraftKey;
import press.drafts.DraftState;
import press.drafts.DraftStore;
import press.drafts.DraftVersion;
import press.drafts.Step;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;
import press.people.Role;
import press.pipeline.Format;
import press.pipeline.JsonInput;
import press.pipeline.Published;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The office's procedure on drafts kept on the server: a 拟稿 holder saves and submits, a 审核
 * holder passes or returns with comments, a 签发 holder signs off, which publishes the draft's
 * reviewed version through the same path as any publish. Nobody passes or signs a draft they
 * saved or submitted in its current round unless the office allows it ({@code allowSelfReview}:
 * an office of one clerk and one leader); the one person at this machine without accounts and
 * the token are one identity for everybody, so the rule cannot tell them apart and spares them.
 * Every step is an appended event; the person is a parameter, so nothing here knows how they
 * logged in.
 */
public final class Procedure {

    /** Steps taken on one draft at the same moment: each loser reads the state again. */
    private static final int ATTEMPTS = 20;

    private final DraftStore drafts;
    private final TemplateCatalogue catalogue;
    private final Function<RenderRequest, Published> publisher;
    private final boolean allowSelfReview;
    private final DraftAudit audit;
    private final Map<String, SignOffRules> rules = new ConcurrentHashMap<>();

    /**
     * @param publisher renders a request for the archive and stores it: what a publish does
     * @param allowSelfReview whether one person may draft, review and sign the same draft
     */
    public Procedure(DraftStore drafts, TemplateCatalogue catalogue, Function<RenderRequest, Published> publisher,
                     boolean allowSelfReview, DraftAudit audit) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.allowSelfReview = allowSelfReview;
        this.audit = audit;
    }

    public DraftStore drafts() {
        return drafts;
    }

    /**
     * Saves the data as the draft's next version (the same data again keep the version they
     * are); the region and period the data name, where they name them, must be the draft's.
     */
    public int save(Person person, String address, DraftKey key, String variant, JsonNode data) {
        require(person, Role.DRAFTER, "保存草稿", "saving a draft");
        Kind kind = kind(key);
        if (variant != null && kind.variant(variant).isEmpty()) {
            throw Failure.invalidValue(Reason.UNKNOWN_VARIANT, "unknown variant '" + variant + "'; known: "
                    + String.join(", ", kind.variantNames()), "variant", kind.variantNames());
        }
        if (!data.isObject()) {
            throw new Failure(Reason.MALFORMED_JSON, "a draft's data are one JSON object");
        }
        same(data, "region", key.region(), "地区");
        same(data, "period", key.period(), "期次");
        int version = drafts.save(key, variant, data.toString(), person.name(), address);
        audit.record("saved", person, address, key, version, null, null);
        return version;
    }

    private static void same(JsonNode data, String field, String expected, String chinese) {
        JsonNode value = data.path(field);
        if (value.isString() && !value.asString().equals(expected)) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, "数据中的" + chinese + "“" + value.asString()
                    + "”与草稿的" + chinese + "“" + expected + "”不符 (the data's " + field + " is not the draft's)", field,
                    List.of(expected));
        }
    }

    /** 提交审核: the latest version goes to review. */
    public DraftState submit(Person person, String address, DraftKey key) {
        require(person, Role.DRAFTER, "提交审核", "submitting a draft");
        DraftEvent event = step(person, address, key, Step.SUBMITTED, "", Set.of(DraftState.DRAFT, DraftState.RETURNED));
        audit.record("submitted", person, address, key, event.version(), null, null);
        return DraftState.SUBMITTED;
    }

    /** 审核: passes the submitted version, or returns it with comments (which a return needs). */
    public DraftState review(Person person, String address, DraftKey key, boolean pass, String comment) {
        require(person, Role.REVIEWER, "审核", "reviewing a draft");
        String said = comment == null ? "" : comment.strip();
        if (!pass && said.isEmpty()) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, "退回需写明意见 (a return needs a comment)", "comment",
                    List.of());
        }
        notOwn(person, key, "审核");
        DraftEvent event = step(person, address, key, pass ? Step.PASSED : Step.RETURNED, said,
                Set.of(DraftState.SUBMITTED));
        audit.record(pass ? "passed" : "returned", person, address, key, event.version(), null, null);
        return pass ? DraftState.PASSED : DraftState.RETURNED;
    }

    /**
     * 签发: the passed version, with the signer's name and the register's 发文字号 written in
     * where the kind has them, is published; the sign-off is recorded with the record's id.
     */
    public Published signOff(Person person, String address, DraftKey key) {
        require(person, Role.SIGNER, "签发", "signing a draft off");
        notOwn(person, key, "签发");
        // the claim: of two signing at once, one begins and the other finds the draft 签发中
        DraftEvent begun = step(person, address, key, Step.SIGNING, "", Set.of(DraftState.PASSED));
        DraftVersion passed = drafts.version(key, begun.version()).orElseThrow();
        Published published;
        try {
            published = publish(person, key, passed);
        } catch (RuntimeException e) {
            appendNext(key, new DraftEvent(1, Step.SIGN_FAILED, passed.version(), person.name(), now(), address,
                    failed(e), null));
            throw e;
        }
        appendNext(key, new DraftEvent(1, Step.SIGNED, passed.version(), person.name(), now(), address, "",
                published.record().id()));
        audit.record("signed", person, address, key, passed.version(), published.record().id(),
                published.record().sha256());
        return published;
    }

    /** The version's data with the signer and the 发文字号 written in, rendered and archived. */
    private Published publish(Person person, DraftKey key, DraftVersion passed) {
        Kind kind = kind(key);
        String variant = passed.variant() == null ? kind.defaultVariant() : passed.variant();
        ObjectNode data = (ObjectNode) JsonInput.object(passed.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SignOffRules kindRules = rules.computeIfAbsent(kind.name(), name -> SignOffRules.load(kind.directory()));
        // the one person at this machine and the token name nobody a 签发人 line could print
        boolean named = !Person.local().equals(person) && !Person.token().equals(person);
        kindRules.apply(data, variant, named ? person.name() : null,
                (issuer, year) -> drafts.number(issuer, year, key, person.name()));
        return publisher.apply(new RenderRequest(kind.name(), variant, Format.PDF, data,
                new RenderOptions(false, true, false, false)));
    }

    /** The event as the draft's next, whatever steps others appended meanwhile. */
    private void appendNext(DraftKey key, DraftEvent event) {
        for (int attempt = 1; ; attempt++) {
            int seq = drafts.events(key).size() + 1;
            if (drafts.append(key, new DraftEvent(seq, event.step(), event.version(), event.person(), event.at(),
                    event.address(), event.comment(), event.recordId()))) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw busy(key);
            }
        }
    }

    /** Why a sign-off failed, as its event says it: the failure's message, bounded. */
    private static String failed(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }

    private DraftEvent step(Person person, String address, DraftKey key, Step step, String comment,
                            Set<DraftState> from) {
        for (int attempt = 1; ; attempt++) {
            DraftVersion latest = latest(key);
            List<DraftEvent> events = drafts.events(key);
            DraftState state = DraftState.of(latest.version(), events);
            if (!from.contains(state)) {
                throw wrongState(key, state, from, step.chinese());
            }
            DraftEvent event = new DraftEvent(events.size() + 1, step, latest.version(), person.name(), now(), address,
                    comment, null);
            if (drafts.append(key, event)) {
                return event;
            }
            if (attempt == ATTEMPTS) {
                throw busy(key);
            }
        }
    }

    /** Refuses a person who saved or submitted the draft in its current round, unless the office allows it. */
    private void notOwn(Person person, DraftKey key, String doing) {
        if (allowSelfReview || Person.local().equals(person) || Person.token().equals(person)) {
            return;
        }
        List<DraftEvent> events = drafts.events(key);
        int round = 0;
        int since = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).step() == Step.SIGNED) {
                round = i + 1;
                since = events.get(i).version();
            }
        }
        int after = since;
        boolean saved = drafts.versions(key).stream().anyMatch(v -> v.version() > after && v.savedBy().equals(person.name()));
        boolean submitted = events.subList(round, events.size()).stream()
                .anyMatch(e -> e.step() == Step.SUBMITTED && e.person().equals(person.name()));
        if (saved || submitted) {
            throw new Failure(Reason.FORBIDDEN, "不能" + doing + "自己拟稿的草稿：请由他人" + doing
                    + "（单位允许时以 --allow-self-review 启动服务） (nobody may " + (doing.equals("审核") ? "review" : "sign off")
                    + " a draft they drafted unless the service runs with --allow-self-review)",
                    List.of(Map.of("person", person.name(), "draft", key.toString())));
        }
    }

    private static void require(Person person, Role role, String doing, String english) {
        if (!person.holds(role)) {
            throw new Failure(Reason.FORBIDDEN, doing + "需要“" + role.chinese() + "”角色 (" + english + " needs the role "
                    + role.chinese() + ", " + role.name() + ")", List.of(Map.of("role", role.name(), "roleName",
                    role.chinese(), "person", person.name())));
        }
    }

    private static Failure wrongState(DraftKey key, DraftState state, Set<DraftState> allowed, String doing) {
        return new Failure(Reason.DRAFT_STATE, "草稿“" + key + "”" + state.chinese() + "，不能" + doing + " (the draft is "
                + state.name() + "; " + doing + " needs " + allowed + ")", List.of(Map.of("state", state.name(),
                "stateName", state.chinese(), "allowed", allowed.stream().map(Enum::name).sorted().toList())));
    }

    private static Failure busy(DraftKey key) {
        return new Failure(Reason.DRAFT_STATE, "草稿“" + key + "”正被他人同时处理，请稍后再试 (others are taking steps on "
                + "the draft at this moment; try again)");
    }

    private DraftVersion latest(DraftKey key) {
        return drafts.latest(key).orElseThrow(() -> new Failure(Reason.NOT_FOUND, "没有草稿 " + key + " (no such draft)"));
    }

    private Kind kind(DraftKey key) {
        return catalogue.kind(key.kind()).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_TEMPLATE,
                "unknown template '" + key.kind() + "'; known: " + String.join(", ", catalogue.kindNames()), "template",
                catalogue.kindNames()));
    }

    private static String now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }
}
