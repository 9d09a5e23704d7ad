package io.github.ucwakit.docs.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Sequence diagrams drawn from a seeded source: any number of participants, texts of any length, nested fragments. */
final class RandomDiagrams {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz <>&\"'…/=?é";

    private final Random random;

    RandomDiagrams(long seed) {
        this.random = new Random(seed);
    }

    SequenceDiagram next() {
        int count = 2 + random.nextInt(5);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            participants.add(new Participant("p" + i, lines(1 + random.nextInt(2), 1 + random.nextInt(30))));
        }
        return new SequenceDiagram(text(20), text(60), participants, steps(count, 0, 1 + random.nextInt(12)));
    }

    private List<Step> steps(int participants, int level, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(level < 3 ? 10 : 8);
            if (kind < 6) {
                int from = random.nextInt(participants);
                int to = (from + 1 + random.nextInt(participants - 1)) % participants;
                steps.add(new Step.Message("p" + from, "p" + to,
                        random.nextBoolean() ? Step.Kind.REQUEST : Step.Kind.RESPONSE,
                        lines(1 + random.nextInt(3), 1 + random.nextInt(70))));
            } else if (kind < 8) {
                steps.add(new Step.Note("p" + random.nextInt(participants), "p" + random.nextInt(participants),
                        lines(1 + random.nextInt(3), 1 + random.nextInt(60))));
            } else {
                Step.Operator operator = Step.Operator.values()[random.nextInt(Step.Operator.values().length)];
                int sections = operator == Step.Operator.ALT ? 1 + random.nextInt(4) : 1;
                List<Step.Section> list = new ArrayList<>();
                for (int s = 0; s < sections; s++) {
                    list.add(new Step.Section(text(1 + random.nextInt(50)),
                            steps(participants, level + 1, 1 + random.nextInt(4))));
                }
                steps.add(new Step.Fragment(operator, list));
            }
        }
        return steps;
    }

    private List<String> lines(int count, int longest) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(text(1 + random.nextInt(longest)));
        }
        return lines;
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder("x");
        for (int i = 1; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }
}
