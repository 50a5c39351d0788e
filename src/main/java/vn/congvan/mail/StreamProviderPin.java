package vn.congvan.mail;

import jakarta.mail.util.StreamProvider;

/**
 * Jakarta Mail 2.1 looks up its StreamProvider through ServiceLoader each time it decodes a header, reads a part or
 * makes one, so each lookup reads every jar on the class path again (jakartaee/mail-api#861, open): a quarter of
 * collect's time went there. Jakarta Mail reads a system property first; naming the provider it finds there turns
 * each lookup into finding a class already loaded. Set only when nobody set it and the class loads through the
 * thread's context class loader, which is where Jakarta Mail looks for it first.
 */
final class StreamProviderPin {
    static final String PROPERTY = "jakarta.mail.util.StreamProvider";

    private StreamProviderPin() {
    }

    static void pin() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Class<?> provider = StreamProvider.provider().getClass();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            if (context == null || Class.forName(provider.getName(), false, context) == provider) {
                System.setProperty(PROPERTY, provider.getName());
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // another class loader arrangement (a plugin host): keep Jakarta Mail's own lookup
        }
    }
}
