package io.github.ucwakit.simulator;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link UcwaSimulator} for a test class or for each test, and injects it into test
 * and lifecycle methods that take a {@code UcwaSimulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final UcwaSimulatorExtension SIMULATOR = new UcwaSimulatorExtension();   // one per class
 *
 * @Test
 * void signsIn(UcwaSimulator simulator) { ... simulator.rootUri() ... }
 * }</pre>
 *
 * Registered on a static field (or with {@code @ExtendWith(UcwaSimulatorExtension.class)}), one simulator serves the
 * whole class and stops after it; on an instance field, each test gets its own. Its fault switches are reset after
 * each test. Stopping it ends its threads and frees its port.
 */
public final class UcwaSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Supplier<UcwaSimulator> factory;
    private UcwaSimulator classSimulator;
    private UcwaSimulator testSimulator;

    /** An extension running a simulator with the default settings. */
    public UcwaSimulatorExtension() {
        this(() -> UcwaSimulator.builder().build());
    }

    /** An extension running the simulators {@code factory} builds (not started). */
    public UcwaSimulatorExtension(Supplier<UcwaSimulator> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The running simulator. */
    public UcwaSimulator simulator() {
        UcwaSimulator current = testSimulator != null ? testSimulator : classSimulator;
        if (current == null) {
            throw new IllegalStateException("no simulator is running: the extension runs one around tests");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classSimulator = factory.get().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (classSimulator != null) {
            classSimulator.close();
            classSimulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (classSimulator == null) {
            testSimulator = factory.get().start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (testSimulator != null) {
            testSimulator.close();
            testSimulator = null;
        } else if (classSimulator != null) {
            classSimulator.faults().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == UcwaSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }
}
