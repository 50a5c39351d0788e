package vn.congvan.cli;

import picocli.CommandLine.Option;

/** {@code --by NAME}: who does a step of a document's workflow (default: the operating system's user). */
final class ActorOption {
    @Option(names = "--by", paramLabel = "HỌ TÊN", descriptionKey = "option.actor")
    String by;
}
