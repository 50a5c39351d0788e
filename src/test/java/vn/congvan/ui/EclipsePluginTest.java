package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The jar as an Eclipse plugin: a real Equinox framework installs it with SWT (host and this OS's
 * fragment), JFace and what JFace needs, resolves it and starts it. The bundle is the compiled classes
 * with the manifest bnd wrote (the same one {@code mvn package} puts into target/congvan.jar) and plugin.xml.
 */
class EclipsePluginTest {
    private static final List<String> PLATFORM = List.of("org.eclipse.swt-", "org.eclipse.swt.gtk.", "org.eclipse.swt.win32.",
            "org.eclipse.swt.cocoa.", "org.eclipse.swt.svg-", "org.eclipse.jface-", "org.eclipse.core.commands-",
            "org.eclipse.equinox.common-", "jsvg-");

    @TempDir
    Path dir;

    @Test
    void theJarResolvesAndStartsAsABundleInEquinox() throws Exception {
        Path bundleJar = bundleFromClasses();
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("osgi").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> platform = new ArrayList<>();
            for (Path jar : classpathJars()) {
                platform.add(context.installBundle(jar.toUri().toString()));
            }
            assertTrue(platform.stream().anyMatch(b -> b.getSymbolicName().equals("org.eclipse.swt")));
            Bundle congvan = context.installBundle(bundleJar.toUri().toString());
            congvan.start();

            assertEquals(Bundle.ACTIVE, congvan.getState(), "congvan starts");
            assertEquals("vn.congvan", congvan.getSymbolicName());
            assertNotNull(congvan.getEntry("plugin.xml"), "plugin.xml at the root contributes the view");
            Bundle swt = platform.stream().filter(b -> b.getSymbolicName().equals("org.eclipse.swt")).findFirst().orElseThrow();
            assertTrue((swt.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0, "SWT resolved");
            assertTrue(platform.stream().anyMatch(b -> b.getHeaders().get("Fragment-Host") != null
                    && b.getSymbolicName().startsWith("org.eclipse.swt.") && b.getState() == Bundle.RESOLVED),
                    "the SWT fragment of this OS is attached");
            // The window's classes load through the bundle's own wiring: SWT and JFace come from their bundles.
            Class<?> content = congvan.loadClass("vn.congvan.ui.WindowContent");
            Class<?> display = congvan.loadClass("org.eclipse.swt.widgets.Display");
            assertEquals(swt.adapt(BundleWiring.class).getClassLoader(), display.getClassLoader());
            assertEquals(congvan.adapt(BundleWiring.class).getClassLoader(), content.getClassLoader());
            // The workbench is optional: without it the view class cannot load, and the bundle still runs.
            assertThrows(ClassNotFoundException.class, () -> congvan.loadClass("org.eclipse.ui.part.ViewPart"));
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** target/classes as a jar, its manifest (bnd's, from process-classes) first. */
    private Path bundleFromClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        Path manifestFile = classes.resolve("META-INF/MANIFEST.MF");
        assertTrue(Files.exists(manifestFile), "bnd-maven-plugin wrote the OSGi manifest");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest = new Manifest(in);
        }
        assertEquals("vn.congvan;singleton:=true", manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
        String required = manifest.getMainAttributes().getValue("Require-Bundle");
        assertTrue(required.contains("org.eclipse.ui;resolution:=optional"), required);
        Path jar = dir.resolve("congvan-bundle.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    zip.putNextEntry(new JarEntry(name));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
        }
        return jar;
    }

    /** SWT (host, this OS's fragment, SVG with its rasterizer jsvg), JFace and its two Eclipse libraries, as Maven put them on the class path. */
    private static List<Path> classpathJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.endsWith(".jar") && PLATFORM.stream().anyMatch(name::startsWith)) {
                jars.add(p);
            }
        }
        return jars;
    }
}
