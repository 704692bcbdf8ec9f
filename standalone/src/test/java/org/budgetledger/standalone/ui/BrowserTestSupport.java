package org.budgetledger.standalone.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.budgetledger.standalone.Http;
import org.budgetledger.standalone.StandaloneTestSupport;
import org.budgetledger.standalone.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests: Debian's {@code chromium} driven by its {@code chromium-driver} through
 * Selenium, headless, against the standalone process the test context runs. Never a downloaded
 * browser. Every page a test looks at can be saved as a screenshot under
 * {@code target/screenshots/} for a reviewer.
 */
public abstract class BrowserTestSupport extends StandaloneTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static WebDriver browser;

    @BeforeAll
    static void startTheBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Creates (if new) a user with the test password and these grants ({@code UNIT:ROLE}). */
    protected Http user(String username, String... grants) {
        return TestUsers.ensure(http, username, grants);
    }

    /** Logs in through the login page (a fresh session: the previous user is logged out first). */
    protected void logIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("current-user"));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the browser is at a URL containing the text: a click returns before the page it leads to is there. */
    protected static void awaitUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    /** Fills an entry form's fields by name ({@code f-<name>}): a select by its value, a date by script, anything else typed. */
    protected static void fill(Map<String, String> values) {
        values.forEach((name, value) -> {
            WebElement field = browser.findElement(By.id("f-" + name));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByValue(value);
            } else if ("date".equals(field.getDomAttribute("type"))) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
    }

    /**
     * Posts what a crafted form would send, with the page's CSRF token (read from the logout form, so the page must
     * show a logged-in user): for showing that the server, not the missing button, refuses.
     */
    protected static void postCraftedForm(String action, Map<String, String> fields) {
        String csrf = browser.findElement(By.cssSelector("form[action$='/logout'] input[name='_csrf']")).getDomProperty("value");
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of Object.entries(arguments[1])) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", action, all);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    protected static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
