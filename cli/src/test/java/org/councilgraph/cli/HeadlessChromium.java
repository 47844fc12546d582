package org.councilgraph.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver} (which CI installs) driven headless, for
 * the browser tests; they skip themselves where the two are missing.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** True when both the browser and its driver are installed. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new headless browser with the default window; quit it when done. */
    static ChromeDriver start() {
        return start(new ChromeOptions());
    }

    /** A new headless browser with a window of {@code width} by {@code height} pixels; quit it when done. */
    static ChromeDriver start(int width, int height) {
        return start(new ChromeOptions().addArguments("--window-size=" + width + "," + height));
    }

    private static ChromeDriver start(ChromeOptions options) {
        options.setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }
}
