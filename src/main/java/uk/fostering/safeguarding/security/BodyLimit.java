package uk.fostering.safeguarding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import org.apache.catalina.Globals;
import org.apache.tomcat.util.http.Parameters.FailReason;

/**
 * The cap on request bodies, counted on the bytes actually read. Content-Length alone is not enough: a
 * chunked body has none, and was read and parsed whole. A body that announces more than the cap is refused
 * before anything reads it; any other body is read through a counter that fails the read once the cap is
 * passed, whoever reads it (Spring's JSON reader, Camunda's REST API, Tomcat's form parser, which counts the
 * same cap itself: {@code server.tomcat.max-http-form-post-size}). Whatever the reader then began to answer
 * is thrown away, and the caller gets 413.
 */
final class BodyLimit {

    static final long MAX_BODY_BYTES = 64 * 1024;
    /** The registry's import carries a service's spreadsheets: 1,000 rows are about 80 KB. */
    static final long MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    static final String IMPORT_PATH = "/api/registry/import";

    private BodyLimit() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long max = IMPORT_PATH.equals(request.getRequestURI()) ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > max) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        CappedRequest capped = new CappedRequest(request, max);
        try {
            chain.doFilter(capped, new SilencedResponse(response, capped));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!capped.exceeded) {
                throw e;
            }
        }
        if (capped.exceeded && !response.isCommitted()) {
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Thrown by a read past the cap; whoever catches it, the filter answers 413. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body larger than the cap");
        }
    }

    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long max;
        private boolean exceeded;
        private long read;
        private ServletInputStream stream;
        private BufferedReader reader;

        CappedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                // the servlet specification's default for a reader without a declared charset
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            checkFormBody();
            return value;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = super.getParameterMap();
            checkFormBody();
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            Enumeration<String> names = super.getParameterNames();
            checkFormBody();
            return names;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            checkFormBody();
            return values;
        }

        /** Tomcat reads a form body itself, not through this wrapper, and says so when it stopped at the cap. */
        private void checkFormBody() {
            if (getAttribute(Globals.PARAMETER_PARSE_FAILED_REASON_ATTR) == FailReason.POST_TOO_LARGE) {
                exceeded = true;
                throw new UncheckedIOException(new BodyTooLarge());
            }
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream in;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws BodyTooLarge {
                read += n;
                if (read > max) {
                    exceeded = true;
                }
                if (exceeded) {
                    throw new BodyTooLarge();
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }

    /** Once the body was too large, nothing the reader answers reaches the caller: the 413 does. */
    private static final class SilencedResponse extends HttpServletResponseWrapper {

        private final CappedRequest request;

        SilencedResponse(HttpServletResponse response, CappedRequest request) {
            super(response);
            this.request = request;
        }

        private boolean silenced() {
            return request.exceeded;
        }

        @Override
        public void setStatus(int status) {
            if (!silenced()) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!silenced()) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!silenced()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!silenced()) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!silenced()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!silenced()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!silenced()) {
                super.setContentType(type);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!silenced()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return silenced() ? new Discarding() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return silenced() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }
    }

    private static final class Discarding extends ServletOutputStream {

        @Override
        public void write(int b) {
            // the caller gets the 413 instead
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("no asynchronous writes");
        }
    }
}
