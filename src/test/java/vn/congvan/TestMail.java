package vn.congvan;

import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail servers for tests, on free ports. */
public final class TestMail {
    /** GreenMail waits 2 s for its servers to start, too little on a loaded 2-core CI machine. */
    private static final long STARTUP_MILLIS = 30_000;

    private TestMail() {
    }

    public static ServerSetup[] servers(ServerSetup... setups) {
        ServerSetup[] out = ServerSetup.dynamicPort(setups);
        for (ServerSetup s : out) {
            s.setServerStartupTimeout(STARTUP_MILLIS);
        }
        return out;
    }
}
