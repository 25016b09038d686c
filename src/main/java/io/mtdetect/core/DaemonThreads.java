package io.mtdetect.core;

import java.util.concurrent.ThreadFactory;

/**
 * Thread factory for mtdetect's pools: named (a thread dump says whose thread it is) and daemon, so a
 * pool that was not shut down never keeps the JVM from exiting after a command has finished.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  public static ThreadFactory named(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
