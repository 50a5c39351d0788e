package vn.congvan.mail;

import vn.congvan.model.Requirement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which requirement a sentence is about when it names none by number ("việc sao lưu thư đã xong"). A
 * requirement's topic words are the syllable pairs and syllables of its text (with its sub-items) that no
 * other requirement of the dispatch uses, leaving out stop words ({@link ReplyWording}). Score: 2 for each
 * such pair in the sentence, 1 for each such syllable.
 * <ul>
 * <li>A requirement is named when its score is at least 2 and at least twice that of any other.</li>
 * <li>A reading by topic is never certain: a unit's wording can share words with an item it does not mean, and
 * a status recorded on the wrong item is worse than one the clerk confirms (decisions.md, "Principles").</li>
 * </ul>
 * Immutable: one matcher serves every reply about the same requirements ({@link #of}).
 */
final class TopicMatcher {
    private static final Pattern CHUNK = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MAX_KEPT = 1_000;
    /**
     * Per list of requirements (a dispatch's, as assigned to a unit): every reply to it asked for the same words
     * again, a tenth of collect's reading. Cleared when full, like {@link NamedUnits}'s names.
     */
    private static final Map<List<Requirement>, TopicMatcher> KEPT = new ConcurrentHashMap<>();

    /** The requirement a sentence names. */
    record Topic(String id) {
    }

    private final ReplyWording wording;
    private final Map<String, String> pairOwner;
    private final Map<String, String> syllableOwner;

    /** The matcher for {@code requirements} with the default wording, made once per list. */
    static TopicMatcher of(List<Requirement> requirements) {
        TopicMatcher m = KEPT.get(requirements);
        if (m == null) {
            m = new TopicMatcher(requirements, ReplyWording.DEFAULT);
            if (KEPT.size() > MAX_KEPT) {
                KEPT.clear();
            }
            KEPT.put(List.copyOf(requirements), m);
        }
        return m;
    }

    TopicMatcher(List<Requirement> requirements, ReplyWording wording) {
        this.wording = wording;
        Map<String, String> pairOwner = new HashMap<>();
        Map<String, String> syllableOwner = new HashMap<>();
        Map<String, Set<String>> pairUsers = new HashMap<>();
        Map<String, Set<String>> syllableUsers = new HashMap<>();
        for (Requirement r : requirements) {
            StringBuilder text = new StringBuilder(r.text());
            r.items().forEach(i -> text.append('\n').append(i.text()));
            Words w = words(FoldedText.of(text.toString()));
            w.pairs().forEach(p -> pairUsers.computeIfAbsent(p, k -> new HashSet<>()).add(r.id()));
            w.syllables().forEach(s -> syllableUsers.computeIfAbsent(s, k -> new HashSet<>()).add(r.id()));
        }
        pairUsers.forEach((p, users) -> {
            if (users.size() == 1) {
                pairOwner.put(p, users.iterator().next());
            }
        });
        syllableUsers.forEach((s, users) -> {
            if (users.size() == 1) {
                syllableOwner.put(s, users.iterator().next());
            }
        });
        this.pairOwner = Map.copyOf(pairOwner);
        this.syllableOwner = Map.copyOf(syllableOwner);
    }

    /** The requirement {@code foldedSentence} is about, if one stands out. */
    Optional<Topic> about(String foldedSentence) {
        if (pairOwner.isEmpty() && syllableOwner.isEmpty()) {
            return Optional.empty();
        }
        Words w = words(foldedSentence);
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (String p : w.pairs()) {
            String owner = pairOwner.get(p);
            if (owner != null) {
                score.merge(owner, 2, Integer::sum);
                pairs.merge(owner, 1, Integer::sum);
            }
        }
        for (String s : w.syllables()) {
            String owner = syllableOwner.get(s);
            if (owner != null) {
                score.merge(owner, 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || top < 2 || top < 2 * second) {
            return Optional.empty();
        }
        return Optional.of(new Topic(best));
    }

    private record Words(Set<String> pairs, Set<String> syllables) {
    }

    /** Distinct topic pairs (within a run of words, no punctuation between) and topic syllables of folded text. */
    private Words words(String folded) {
        Set<String> pairs = new HashSet<>();
        Set<String> syllables = new HashSet<>();
        for (String chunk : CHUNK.split(folded)) {
            List<String> run = new ArrayList<>();
            for (String s : SPACE.split(chunk.strip())) {
                if (!s.isEmpty()) {
                    run.add(s);
                }
            }
            for (int i = 0; i < run.size(); i++) {
                String a = run.get(i);
                if (!topical(a)) {
                    continue;
                }
                if (!wording.inStopPair(a)) {
                    syllables.add(a);
                }
                if (i + 1 < run.size() && topical(run.get(i + 1)) && !wording.stopPair(a, run.get(i + 1))) {
                    pairs.add(a + " " + run.get(i + 1));
                }
            }
        }
        return new Words(pairs, syllables);
    }

    private boolean topical(String syllable) {
        return syllable.length() >= 2 && syllable.chars().allMatch(Character::isLetter) && !wording.stopWord(syllable);
    }
}
