package io.github.otpadvisor.report.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The report templates: built-in ones on the class path, each replaceable by a file of the same name
 * in a user's template folder. FreeMarker is locked down, since a template folder is user input too:
 * {@code .ftlh} templates auto-escape HTML and {@code .ftlmd} templates auto-escape Markdown, {@code ?new}
 * can instantiate no class, {@code ?api} is off, templates see only the report model ({@link ModelWrapper}),
 * and each render runs within {@link RenderLimits} of time, output and stack ({@link RenderThread}).
 */
public final class Templates {
    static final Version VERSION = Configuration.VERSION_2_3_34;
    private static final String BUILT_IN = "/io/github/otpadvisor/report/templates";

    private final Configuration config;
    private final TemplateFolder userFolder;
    private final RenderLimits limits;

    /** The built-in templates, overridden by those in {@code userDirectory} when it is not null. */
    public Templates(Path userDirectory) throws IOException {
        this(userDirectory, RenderLimits.DEFAULT);
    }

    Templates(Path userDirectory, RenderLimits limits) throws IOException {
        this.userFolder = userDirectory == null ? null : new TemplateFolder(userDirectory);
        this.limits = limits;
        config = new InterruptibleConfiguration(VERSION);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
        if (userFolder != null) {
            config.setTemplateLoader(new MultiTemplateLoader(
                    new TemplateLoader[] {new FolderTemplateLoader(userFolder), builtIn}));
        } else {
            config.setTemplateLoader(builtIn);
        }
        config.setRecognizeStandardFileExtensions(true);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        config.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown));
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(ModelWrapper.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        // Same bytes on every machine: no locale- or zone-dependent formatting.
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setLocalizedLookup(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /**
     * Renders one template with the given variables plus the Markdown helpers {@code code(s)},
     * {@code cell(s)}, {@code fence(lang, s)} and
     * {@code embed(trustedMarkdown, "levels")}. A broken template, built-in or the user's, becomes a
     * {@link TemplateFailure} naming template:line:column; one that meets a limit (time, output, stack,
     * memory), a failure naming the template.
     */
    public String render(String name, Map<String, Object> variables) throws TemplateFailure, IOException {
        Map<String, Object> data = new HashMap<>(variables);
        data.put("code", markdown(args -> MarkdownText.code(args.get(0), false)));
        data.put("cell", markdown(args -> MarkdownText.code(args.get(0), true)));
        data.put("fence", markdown(args -> MarkdownText.fence(args.get(0), args.get(1))));
        data.put("embed", markdown(args -> MarkdownText.demote(args.get(0), Integer.parseInt(args.get(1)))));
        BoundedOutput out = new BoundedOutput(limits.outputChars());
        try {
            RenderThread.run(name, limits, () -> config.getTemplate(name).process(data, out));
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateFailure(e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": " + e.getEditorMessage());
        } catch (TemplateException e) {
            throw new TemplateFailure(e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + refusal(e).orElse(summary(e)));
        } catch (IOException e) {
            // The template itself was refused (FreeMarker's cache wraps the exception on a second lookup).
            throw new TemplateFailure(refusal(e).orElseThrow(() -> e));
        }
    }

    /**
     * A static file (the stylesheet), the user's copy when the template folder has one; a file of the
     * folder that leads outside it, or is larger than a render may write, is a {@link TemplateFailure}.
     */
    public String resource(String name) throws IOException, TemplateFailure {
        Path own;
        try {
            own = userFolder == null ? null : userFolder.find(name);
        } catch (TemplateFolder.Refused e) {
            throw new TemplateFailure(e.getMessage());
        }
        if (own != null) {
            if (Files.size(own) > limits.outputChars()) {
                throw new TemplateFailure(name + ": larger than " + limits.outputChars() + " bytes");
            }
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
            if (in == null) {
                throw new IOException("missing built-in report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Why the template folder refused a file, when it did (the template, or one it includes or imports). */
    private static Optional<String> refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof TemplateFolder.Refused) {
                return Optional.of(c.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The first line of FreeMarker's message, with the expression it blames when that line ends in ":". */
    private static String summary(TemplateException e) {
        String first = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        return first.endsWith(":") && blamed != null ? first + " " + blamed : first;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return s == null ? "template error" : nl < 0 ? s : s.substring(0, nl);
    }

    private interface MarkdownFunction {
        String apply(List<String> args);
    }

    /** A template function that returns Markdown markup (already safe, so not escaped again). */
    private static TemplateMethodModelEx markdown(MarkdownFunction f) {
        return args -> {
            List<String> strings = new java.util.ArrayList<>();
            for (Object a : args) {
                if (!(a instanceof freemarker.template.TemplateScalarModel s)) {
                    throw new TemplateModelException("expected a string argument, got " + a);
                }
                strings.add(s.getAsString());
            }
            try {
                return MarkdownOutputFormat.INSTANCE.fromMarkup(f.apply(strings));
            } catch (IndexOutOfBoundsException e) {
                throw new TemplateModelException("missing argument");
            }
        };
    }

    /** A template that does not parse or fails while rendering; the message names template:line:column. */
    public static final class TemplateFailure extends Exception {
        public TemplateFailure(String message) {
            super(message);
        }
    }
}
