package vn.congvan.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A relay in front of GreenMail's SMTP server that behaves like a strict real server for chosen
 * recipients: it answers "550 user unknown" for some RCPT TO and hangs up on others. Everything
 * else goes through to GreenMail unchanged, so the other mails really arrive. Public for the app's
 * distribution tests.
 */
public final class SmtpGatekeeper implements AutoCloseable {
    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final Set<String> refuse;
    private final Set<String> hangUpOn;
    private final Thread acceptor;

    public SmtpGatekeeper(String upstreamHost, int upstreamPort, Set<String> refuse, Set<String> hangUpOn) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.refuse = refuse;
        this.hangUpOn = hangUpOn;
        this.acceptor = new Thread(this::acceptLoop, "smtp-gatekeeper");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread t = new Thread(() -> relay(client), "smtp-gatekeeper-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(upstreamHost, upstreamPort)) {
            Thread back = new Thread(() -> pump(upstream, client), "smtp-gatekeeper-back");
            back.setDaemon(true);
            back.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream toUpstream = upstream.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            boolean data = false;
            String line;
            while ((line = in.readLine()) != null) {
                if (data) {
                    data = !line.equals(".");
                } else if (line.toUpperCase(Locale.ROOT).startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    if (hangUpOn.contains(address)) {
                        return;
                    }
                    if (refuse.contains(address)) {
                        toClient.write(("550 5.1.1 <" + address + ">: Recipient address rejected: User unknown in virtual mailbox table\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                        continue;
                    }
                } else if (line.equalsIgnoreCase("DATA")) {
                    data = true;
                }
                toUpstream.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                toUpstream.flush();
            }
        } catch (IOException e) {
            // the client or GreenMail went away; the session is over
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed by the other side
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
