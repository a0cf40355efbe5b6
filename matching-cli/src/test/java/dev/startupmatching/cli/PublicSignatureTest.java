package dev.startupmatching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.startupmatching.embeddings.EmbeddingModels;
import dev.startupmatching.lucene.Matching;
import dev.startupmatching.model.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's API names no Guava or Jackson type, so that users are free to pick those
 * libraries' versions: no public or protected member of a public type in an exported package
 * mentions {@code com.google.common} or {@code com.fasterxml}, in its signature, type arguments,
 * bounds, supertypes or thrown exceptions.
 *
 * <p>The exported packages are read from each library module's compiled descriptor; a module
 * without one (named in its manifest only) exports all its packages.
 */
class PublicSignatureTest {
  private static final List<String> FOREIGN = List.of("com.google.common.", "com.fasterxml.");

  @Test
  void exportedSignaturesNameNoGuavaOrJacksonType() throws Exception {
    Set<String> offences = new TreeSet<>();
    Map<Class<?>, Set<String>> modules =
        Map.of(
            Startup.class, exportedPackages(Startup.class),
            Matching.class, exportedPackages(Matching.class),
            EmbeddingModels.class, exportedPackages(EmbeddingModels.class));
    int checked = 0;
    for (Map.Entry<Class<?>, Set<String>> module : modules.entrySet()) {
      for (Class<?> type : classesIn(module.getKey(), module.getValue())) {
        offences.addAll(foreignTypesIn(type));
        checked++;
      }
    }
    assertThat(modules.get(Startup.class)).contains("dev.startupmatching.model");
    assertThat(modules.get(Startup.class)).doesNotContain("dev.startupmatching.internal.rank");
    assertThat(modules.get(Matching.class)).containsExactly("dev.startupmatching.lucene");
    assertThat(checked).as("public types checked").isGreaterThan(50);
    assertThat(offences).isEmpty();
  }

  @Test
  void theCheckFindsAGuavaTypeInAnySignaturePosition() {
    assertThat(foreignTypesIn(Leaky.class))
        .containsExactlyInAnyOrder(
            "Leaky.names() returns com.google.common.collect.ImmutableList",
            "Leaky.take(..) takes com.google.common.collect.ImmutableList",
            "Leaky.nested() returns com.google.common.collect.ImmutableList",
            "Leaky.field is com.google.common.collect.ImmutableList");
    assertThat(foreignTypesIn(Clean.class)).isEmpty();
  }

  /** A type whose API leaks Guava in four ways; private and package-private members are fine. */
  @SuppressWarnings("unused")
  public static final class Leaky {
    /** A leaking field. */
    public ImmutableList<String> field = ImmutableList.of();

    private ImmutableList<String> hidden = ImmutableList.of();

    /** Leaks through the return type. */
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }

    /** Leaks through a parameter. */
    public void take(ImmutableList<String> names) {}

    /** Leaks through a type argument. */
    public List<ImmutableList<String>> nested() {
      return List.of();
    }

    ImmutableList<String> packagePrivate() {
      return hidden;
    }
  }

  /** A type whose API names JDK types only. */
  public static final class Clean {
    /** Names a JDK type. */
    public List<String> names() {
      return List.of();
    }
  }

  private static Set<String> exportedPackages(Class<?> member) throws IOException {
    Path root = codeSource(member);
    Set<String> packages = new TreeSet<>();
    Path descriptor = root.resolve("module-info.class");
    if (Files.isRegularFile(descriptor)) {
      try (InputStream in = Files.newInputStream(descriptor)) {
        for (ModuleDescriptor.Exports exports : ModuleDescriptor.read(in).exports()) {
          if (!exports.isQualified()) {
            packages.add(exports.source());
          }
        }
      }
      return packages;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace('/', '.')));
    }
    return packages;
  }

  private static List<Class<?>> classesIn(Class<?> member, Set<String> packages) throws Exception {
    Path root = codeSource(member);
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        if (!packages.contains(name.substring(0, name.lastIndexOf('.')))) {
          continue;
        }
        Class<?> type = Class.forName(name, false, member.getClassLoader());
        if (isVisible(type)) {
          classes.add(type);
        }
      }
    }
    return classes;
  }

  /** A public type, nested only in public types: one that users can name. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /** The directory or jar that a class was loaded from, as a path to walk. */
  private static Path codeSource(Class<?> member) throws IOException {
    try {
      Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return location;
      }
      FileSystem jar = FileSystems.newFileSystem(location);
      return jar.getPath("/");
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static List<String> foreignTypesIn(Class<?> type) {
    List<String> found = new ArrayList<>();
    String owner = type.getSimpleName();
    check(type.getGenericSuperclass(), owner + " extends", found);
    for (Type implemented : type.getGenericInterfaces()) {
      check(implemented, owner + " implements", found);
    }
    for (Field field : type.getDeclaredFields()) {
      if (isApi(field.getModifiers()) && !field.isSynthetic()) {
        check(field.getGenericType(), owner + "." + field.getName() + " is", found);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
        for (Type parameter : constructor.getGenericParameterTypes()) {
          check(parameter, owner + "(..) takes", found);
        }
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!isApi(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
        continue;
      }
      String name = owner + "." + method.getName();
      check(method.getGenericReturnType(), name + "() returns", found);
      for (Type parameter : method.getGenericParameterTypes()) {
        check(parameter, name + "(..) takes", found);
      }
      for (Type thrown : method.getGenericExceptionTypes()) {
        check(thrown, name + "() throws", found);
      }
      for (TypeVariable<Method> variable : method.getTypeParameters()) {
        for (Type bound : variable.getBounds()) {
          check(bound, name + "() bounds", found);
        }
      }
    }
    return found;
  }

  /** Members of interfaces are public without the modifier. */
  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Type type, String where, List<String> found) {
    Set<String> names = new HashSet<>();
    collect(type, names, new HashSet<>());
    for (String name : names) {
      if (FOREIGN.stream().anyMatch(name::startsWith)) {
        found.add(where + " " + name);
      }
    }
  }

  private static void collect(Type type, Set<String> names, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    switch (type) {
      case Class<?> c -> names.add(c.isArray() ? c.getComponentType().getName() : c.getName());
      case ParameterizedType p -> {
        collect(p.getRawType(), names, seen);
        for (Type argument : p.getActualTypeArguments()) {
          collect(argument, names, seen);
        }
      }
      case WildcardType w -> {
        for (Type bound : w.getUpperBounds()) {
          collect(bound, names, seen);
        }
        for (Type bound : w.getLowerBounds()) {
          collect(bound, names, seen);
        }
      }
      case GenericArrayType a -> collect(a.getGenericComponentType(), names, seen);
      case TypeVariable<?> v -> {
        for (Type bound : v.getBounds()) {
          collect(bound, names, seen);
        }
      }
      default -> names.add(type.getTypeName());
    }
  }
}
