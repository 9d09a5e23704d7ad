package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.UcwaEnum;
import java.util.List;
import java.util.Objects;

/** A test enumeration shaped like a generated one: known members, unknown values kept. */
public final class Modality implements UcwaEnum {

    public static final Modality MESSAGING = new Modality("Messaging", true);
    public static final Modality AUDIO = new Modality("Audio", true);
    public static final Modality VIDEO = new Modality("Video", true);

    private static final List<Modality> VALUES = List.of(MESSAGING, AUDIO, VIDEO);

    private final String value;
    private final boolean known;

    private Modality(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    public static Modality of(String value) {
        for (Modality modality : VALUES) {
            if (modality.value.equals(value)) {
                return modality;
            }
        }
        return new Modality(Objects.requireNonNull(value, "value"), false);
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean isKnown() {
        return known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Modality other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
