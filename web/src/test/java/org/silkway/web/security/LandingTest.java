package org.silkway.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LandingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin/entry.xhtml?key=country/KZ",
        "/admin/users.xhtml",
        "/briefs?asOf=2025-06-01"
      })
  void a_path_of_this_site_is_where_the_user_goes(String next) {
    assertEquals(next, Landing.after(next));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example",
        "http://evil.example/admin",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "admin/users.xhtml",
        "/login.xhtml?next=/admin",
        "/logout",
        "/admin\r\nSet-Cookie: x=1",
        "/%zz"
      })
  void anything_else_goes_to_the_admin_start_page(String next) {
    assertEquals(Landing.START, Landing.after(next));
  }
}
