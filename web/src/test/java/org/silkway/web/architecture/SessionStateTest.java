package org.silkway.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds travels between nodes of a cluster ({@code <distributable/>}), so
 * every session-, view-, conversation- or flow-scoped bean of the web module must serialize, and so
 * must everything it keeps: a field that is not {@code Serializable} would lose an editor's form,
 * or their session, at a fail-over. Found by scanning the module, so a new bean is checked without
 * being listed here.
 *
 * <p>Two checks, because a field that is null in a fresh bean serializes whatever its type: each
 * bean is created and written with {@link ObjectOutputStream}, and each field it (or a Silkway type
 * it holds) declares, other than {@code static} and {@code transient} ones, must have a type that
 * serializes: a primitive, a {@code Serializable} type, a collection whose elements do, or an
 * injected normal-scoped bean or EJB (the container injects a serializable proxy). An {@code
 * EntityManager} never does.
 */
class SessionStateTest {

  private static final List<Class<? extends Annotation>> SESSION_SCOPES =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

  /** Injected through a proxy the container makes serializable. */
  private static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ViewScoped.class,
          ConversationScoped.class,
          Stateless.class,
          Singleton.class);

  private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Collection.class);

  static List<Class<?>> sessionBeans() {
    List<Class<?>> beans = new ArrayList<>();
    new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.silkway.web")
            .stream()
            .filter(c -> SESSION_SCOPES.stream().anyMatch(c::isAnnotatedWith))
            .forEach(c -> beans.add(c.reflect()));
    beans.sort(Comparator.comparing(Class::getName));
    return beans;
  }

  @Test
  void the_scan_finds_the_session_and_view_scoped_beans() {
    List<String> names = sessionBeans().stream().map(Class::getSimpleName).toList();
    // The remembered list filters (session) and the entry page (view): if these are not found,
    // the scan is broken and the other tests check nothing.
    assertTrue(names.contains("ListMemory"), names.toString());
    assertTrue(names.contains("EntryPage"), names.toString());
    assertTrue(names.size() >= 10, names.toString());
  }

  @Test
  void every_session_bean_is_written_by_java_serialization() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Class<?> bean : sessionBeans()) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        failures.add(bean.getName() + " is not Serializable");
        continue;
      }
      Constructor<?> constructor = bean.getDeclaredConstructor();
      constructor.setAccessible(true);
      try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
        out.writeObject(constructor.newInstance());
      } catch (NotSerializableException e) {
        failures.add(bean.getName() + " holds a " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void every_field_a_session_bean_keeps_has_a_type_that_serializes() {
    List<String> failures = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : sessionBeans()) {
      checkFields(bean, seen, failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void the_field_check_refuses_an_entity_manager_and_a_thread() {
    List<String> failures = new ArrayList<>();
    checkFields(Careless.class, new HashSet<>(), failures);
    assertEquals(2, failures.size(), failures.toString());
    assertFalse(failures.stream().anyMatch(f -> f.contains("kept")), failures.toString());
  }

  /** What the field check must refuse, and what it must let through. */
  @SuppressWarnings("unused")
  static class Careless implements Serializable {
    @jakarta.persistence.PersistenceContext EntityManager em;
    Thread worker;
    transient Thread kept;
    List<String> names;
    @Inject ListMemoryLike memory;
  }

  @SessionScoped
  static class ListMemoryLike implements Serializable {}

  private static void checkFields(Class<?> type, Set<Class<?>> seen, List<String> failures) {
    if (!seen.add(type)) {
      return;
    }
    // A lazy list model (LazyDataModel<Row>) keeps its loaded rows: the type arguments count.
    if (type.getGenericSuperclass() instanceof ParameterizedType parent) {
      for (Type argument : parent.getActualTypeArguments()) {
        checkType(argument, type.getName() + " extends <>", seen, failures);
      }
    }
    for (Class<?> c = type;
        c != null && c.getName().startsWith("org.silkway");
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()) {
          continue;
        }
        String where = c.getName() + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
          checkInjected(field, where, failures);
        } else {
          checkType(field.getGenericType(), where, seen, failures);
        }
      }
    }
  }

  private static void checkInjected(Field field, String where, List<String> failures) {
    Class<?> type = field.getType();
    boolean proxied = PROXIED.stream().anyMatch(type::isAnnotationPresent);
    boolean builtIn = type == Event.class || type == Instance.class;
    if (!proxied && !builtIn && !Serializable.class.isAssignableFrom(type)) {
      failures.add(
          where + ": injects " + type.getName() + ", neither normal-scoped nor Serializable");
    }
  }

  private static void checkType(
      Type generic, String where, Set<Class<?>> seen, List<String> failures) {
    Class<?> raw = raw(generic);
    if (raw == null) {
      return; // a type variable: its bound is checked where it is used
    }
    if (raw == EntityManager.class) {
      failures.add(where + ": an EntityManager never belongs in a session");
      return;
    }
    boolean container = COLLECTIONS.contains(raw) || raw == Map.class;
    if (!raw.isPrimitive() && !container && !Serializable.class.isAssignableFrom(raw)) {
      failures.add(where + ": " + raw.getName() + " is not Serializable");
      return;
    }
    if (generic instanceof ParameterizedType parameterized) {
      Stream.of(parameterized.getActualTypeArguments())
          .forEach(argument -> checkType(argument, where + "<>", seen, failures));
    }
    if (raw.isArray()) {
      checkType(raw.getComponentType(), where + "[]", seen, failures);
    }
    if (raw.getName().startsWith("org.silkway")) {
      checkFields(raw, seen, failures);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return null;
  }
}
