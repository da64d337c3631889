package org.digitalcentre.backup;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:/path}) that behaves like a full disk while {@link #full} is on: every
 * write, flush or new file fails with "No space left on device", as the operating system would say.
 */
public class FullDisk extends FilePathWrapper {

    static volatile boolean full;

    static {
        FilePath.register(new FullDisk());
    }

    /** Registers the file system once (H2 keeps a list of them). */
    static void register() {
        // The static block did it.
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        failWhenFull();
        return super.newOutputStream(append);
    }

    @Override
    public boolean createFile() {
        return !full && super.createFile();
    }

    static void failWhenFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {

        private final FileChannel channel;

        Channel(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void implCloseChannel() throws IOException {
            channel.close();
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return channel.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return channel.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            failWhenFull();
            return channel.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            failWhenFull();
            return channel.write(source, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            failWhenFull();
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failWhenFull();
            channel.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }
    }
}
