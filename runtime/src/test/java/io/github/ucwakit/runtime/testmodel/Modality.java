package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.OpenEnum;
import java.util.Objects;

/** A test enumeration shaped like a generated one: known members, unknown values kept. */
public final class Modality extends OpenEnum<Modality.Known> {

    /** The known values, and one for the others. */
    public enum Known {
        MESSAGING,
        AUDIO,
        VIDEO,
        UNLISTED
    }

    public static final Modality MESSAGING = new Modality("Messaging", Known.MESSAGING);
    public static final Modality AUDIO = new Modality("Audio", Known.AUDIO);
    public static final Modality VIDEO = new Modality("Video", Known.VIDEO);

    private Modality(String value, Known known) {
        super(value, known, known != Known.UNLISTED);
    }

    public static Modality of(String value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case "Messaging" -> MESSAGING;
            case "Audio" -> AUDIO;
            case "Video" -> VIDEO;
            default -> new Modality(value, Known.UNLISTED);
        };
    }
}
