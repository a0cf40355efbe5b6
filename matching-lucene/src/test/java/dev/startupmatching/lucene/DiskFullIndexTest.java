package dev.startupmatching.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.startupmatching.model.Startup;
import dev.startupmatching.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while startups are indexed: the writer fails, and the index reopens intact
 * with everything committed before.
 */
class DiskFullIndexTest {
  @TempDir Path dir;

  private static Startup startup(int i) {
    return Startup.builder("s" + i, "Startup " + i)
        .description("battery recycling and solid-state lidar, profile number " + i)
        .build();
  }

  @Test
  void aFullDiskLosesNothingCommitted() throws IOException {
    FullDisk disk = new FullDisk(FSDirectory.open(dir), 60_000);
    StartupIndex index = StartupIndex.open(dir, disk, Taxonomy.builtIn(), null);
    List<String> committed = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    IOException full = null;
    try {
      for (int i = 0; i < 10_000 && full == null; i++) {
        Startup startup = startup(i);
        index.upsert(startup);
        pending.add(startup.id());
        if (pending.size() == 20) {
          index.commit();
          committed.addAll(pending);
          pending.clear();
        }
      }
    } catch (IOException e) {
      full = e;
    }
    assertThat(full).as("the disk filled up").isNotNull();
    assertThat(full).hasStackTraceContaining("No space left on device");
    assertThat(committed).as("commits before the disk filled up").isNotEmpty();
    index.rollback();

    assertThat(StartupIndex.check(dir).clean()).isTrue();
    try (StartupIndex reopened = StartupIndex.openReadOnly(dir)) {
      assertThat(reopened.size()).isEqualTo(committed.size());
      for (String id : committed) {
        assertThat(reopened.get(id)).as(id).isPresent();
      }
    }
  }

  @Test
  void closingAfterAFullDiskKeepsTheLastCommit() throws IOException {
    FullDisk disk = new FullDisk(FSDirectory.open(dir), 1_000_000);
    StartupIndex index = StartupIndex.open(dir, disk, Taxonomy.builtIn(), null);
    index.upsert(startup(1));
    index.commit();
    disk.fill();

    // Stored fields are written as startups are added, so either step may meet the full disk.
    assertThatThrownBy(
            () -> {
              index.upsert(startup(2));
              index.commit();
            })
        .hasStackTraceContaining("No space left on device");
    try {
      index.close();
    } catch (IOException | RuntimeException e) {
      // Closing commits, which fails again on the full disk; what matters is what it leaves.
    }

    try (StartupIndex reopened = StartupIndex.openReadOnly(dir)) {
      assertThat(reopened.size()).isEqualTo(1);
      assertThat(reopened.get("s1")).isPresent();
    }
  }

  /** A directory whose disk holds only so many bytes of new files, as a small file system does. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicLong free;

    FullDisk(Directory in, long freeBytes) {
      super(in);
      this.free = new AtomicLong(freeBytes);
    }

    void fill() {
      free.set(0);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return limited(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return limited(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput limited(IndexOutput out) {
      return new IndexOutput(out.toString(), out.getName()) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
          return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
          return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    private void take(long bytes) throws IOException {
      if (free.addAndGet(-bytes) < 0) {
        free.set(0);
        throw new IOException("No space left on device");
      }
    }
  }
}
