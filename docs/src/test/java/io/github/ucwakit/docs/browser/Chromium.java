package io.github.ucwakit.docs.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, both at the paths Debian installs them to (or the
 * system properties {@code ucwakit.chromium} and {@code ucwakit.chromedriver}). Nothing is downloaded; a missing
 * browser fails with the command that installs it.
 */
final class Chromium {

    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private Chromium() {}

    static ChromeDriver start(Path profile) throws IOException {
        Path browser = executable("ucwakit.chromium", "/usr/bin/chromium");
        Path driver = executable("ucwakit.chromedriver", "/usr/bin/chromedriver");
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return chrome;
    }

    private static Path executable(String property, String debianPath) {
        Path path = Path.of(System.getProperty(property, debianPath));
        File file = path.toFile();
        if (!file.canExecute()) {
            throw new IllegalStateException("The browser tests of the docs site need Debian's chromium and"
                    + " chromium-driver, and " + path + " is missing. Install them with"
                    + " 'apt-get update && apt-get install -y chromium chromium-driver' (as root; ./test does it),"
                    + " point -D" + property + "= at another executable, or skip the browser tests with"
                    + " './test --no-browser' (mvn: -Ducwakit.skipBrowserTests=true).");
        }
        return path;
    }
}
