package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.GenerateOptions;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

class GenerateMojoTest {

    private static GenerateMojo mojo(String executionId, String version) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.descriptorDirectory = new File("src/main/ucwa");
        mojo.outputDirectory = new File("target/generated-sources/ucwakit");
        mojo.resourceOutputDirectory = new File("target/generated-resources/ucwakit");
        mojo.stateDirectory = new File("target/ucwakit-state");
        mojo.packageName = "com.example";
        mojo.execution = new MojoExecution(new MojoDescriptor(), executionId);
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.ucwakit");
        plugin.setArtifactId("ucwakit-maven-plugin");
        plugin.setVersion(version);
        mojo.plugin = plugin;
        return mojo;
    }

    @Test
    void everyExecutionKeepsAStateFileOfItsOwn() {
        assertThat(mojo("contacts", "1.0").stateFile())
                .isEqualTo(Path.of("target", "ucwakit-state", "generate-contacts.state"));
        assertThat(mojo("rooms", "1.0").stateFile()).isNotEqualTo(mojo("contacts", "1.0").stateFile());
        assertThat(mojo("odd/id:1", "1.0").stateFile().getFileName())
                .hasToString("generate-odd_id_1.state");
    }

    @Test
    void thePluginVersionIsPartOfTheConfiguration() {
        GenerateOptions options = mojo("default", "1.0").options();
        assertThat(options.configurationFingerprint()).isEqualTo("io.github.ucwakit:ucwakit-maven-plugin:1.0");
        assertThat(mojo("default", "1.1").options().configurationFingerprint())
                .isNotEqualTo(options.configurationFingerprint());
        assertThat(options.stateFile()).isEqualTo(mojo("default", "1.0").stateFile());
        assertThat(options.javaPackage()).isEqualTo("com.example");
    }
}
