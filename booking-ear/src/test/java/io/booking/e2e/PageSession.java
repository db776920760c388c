package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser at the HTTP level: a cookie jar, the pages' forms posted as a browser posts
 * them (with the view state), redirects not followed so the test sees where they lead. For what a
 * browser does that a script can do too: resubmitting a form, sending its cookie to the API.
 */
final class PageSession {

  final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Signs in through the login form. */
  static PageSession signedIn(String username, String password) throws Exception {
    PageSession s = new PageSession();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:signIn", "");
    HttpResponse<String> r = s.submit(s.get("/login.xhtml").body(), "loginForm", fields);
    assertTrue(
        r.statusCode() == 302 || r.statusCode() == 303,
        "signed in: " + r.statusCode() + " " + r.body());
    return s;
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET());
  }

  /** Posts the page's form with these fields, as its submit button would. */
  HttpResponse<String> submit(String page, String formId, Map<String, String> fields)
      throws Exception {
    return send(submission(page, formId, fields));
  }

  /** The request {@link #submit} sends, to send several at once (a double click). */
  HttpRequest.Builder submission(String page, String formId, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(hiddenFields(page, formId));
    all.put(formId, formId);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", viewState(page));
    return request(formAction(page, formId))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(all)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(30));
  }

  /** The form's hidden inputs, which a browser sends with it. */
  private static Map<String, String> hiddenFields(String page, String formId) {
    int start = page.indexOf("<form id=\"" + formId + "\"");
    assertTrue(start >= 0, "the page has the form " + formId);
    String form = page.substring(start, page.indexOf("</form>", start));
    Map<String, String> hidden = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
    while (input.find()) {
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
      Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
      if (name.find()) {
        hidden.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
      }
    }
    return hidden;
  }

  private static String viewState(String page) {
    Matcher m =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(m.find(), "the page has a view state");
    return unescape(m.group(1));
  }

  private static String formAction(String page, String formId) {
    Matcher m =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(m.find(), "the page has the form " + formId);
    return unescape(m.group(1));
  }

  private static String unescape(String attribute) {
    return attribute.replace("&amp;", "&").replace("&#58;", ":");
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
