using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Which calls write to a log (docs/rules/COOL003.md, "Sinks"). Types are resolved once per compilation by metadata name,
    /// so a logging library that the compilation does not reference costs nothing.
    /// </summary>
    /// <remarks>
    /// Nearly every call of a program is not a log call, and <c>System.Console</c> makes every program reach a sink, so a
    /// call is first judged by its method name alone: the names of the sink methods the referenced logging types declare,
    /// collected once per compilation. Only the sinks whose names are not known up front get a closer look: methods named
    /// in <c>coolset.logging_methods</c> (names resolved with the option, per tree), <c>[LoggerMessage]</c> methods
    /// (partial methods) and <c>LoggerMessage.Define</c> delegates (delegate invocations), the last two only where
    /// Microsoft.Extensions.Logging is referenced.
    /// </remarks>
    internal sealed class LogSinks
    {
        private readonly Dictionary<INamedTypeSymbol, SinkFamily> _families;
        private readonly HashSet<string> _familyMethodNames;
        private readonly ConfiguredSinksByTree _configured;
        private readonly INamedTypeSymbol? _microsoftLogger;
        private readonly INamedTypeSymbol? _loggerMessageAttribute;
        private readonly INamedTypeSymbol? _console;
        private readonly Lazy<SinkNames> _candidates;
        private readonly ConcurrentDictionary<ISymbol, bool> _definedLogDelegates = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        private LogSinks(Dictionary<INamedTypeSymbol, SinkFamily> families, ConfiguredSinksByTree configured, Compilation compilation)
        {
            _families = families;
            _familyMethodNames = SinkMethodNames(families);
            _configured = configured;
            _microsoftLogger = KnownTypes.For(compilation).Get(LogTypeNames.MicrosoftLogger);
            _loggerMessageAttribute = KnownTypes.For(compilation).Get(LogTypeNames.LoggerMessageAttribute);
            _console = KnownTypes.For(compilation).Get(LogTypeNames.Console);
            _candidates = new Lazy<SinkNames>(() => SinkNames.Create(_familyMethodNames, _microsoftLogger != null || _loggerMessageAttribute != null ? compilation : null));
        }

        /// <summary>
        /// The names a call must have to be a sink (configured sinks aside, see <see cref="ConfiguredFor"/>): the sink
        /// methods of the known families, and, where Microsoft.Extensions.Logging is referenced, the names this
        /// compilation gives its <c>[LoggerMessage]</c> methods and <c>LoggerMessage.Define</c> delegates. Computed on
        /// first use (the second part reads each file once, see <see cref="GeneratedLogMethods"/>).
        /// </summary>
        public SinkNames Names => _candidates.Value;

        /// <summary>The sinks <c>coolset.logging_methods</c> names for <paramref name="tree"/>.</summary>
        public ConfiguredSinks ConfiguredFor(SyntaxTree tree) => _configured.For(tree);

        /// <summary>The sinks of <paramref name="compilation"/>, or null when it can reach none (then register nothing).</summary>
        public static LogSinks? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var families = new Dictionary<INamedTypeSymbol, SinkFamily>(SymbolEqualityComparer.Default);
            foreach (var known in LogTypeNames.Families)
            {
                if (KnownTypes.For(compilation).Get(known.Key) is { } type)
                {
                    families[type] = known.Value;
                }
            }

            // Console is nearly always there, so the configured sinks are resolved lazily, tree by tree.
            var configured = new ConfiguredSinksByTree(compilation, options);
            return families.Count == 0 && !configured.Any(cancellationToken) ? null : new LogSinks(families, configured, compilation);
        }

        /// <summary>Whether <paramref name="invocation"/> writes its arguments to a log; <paramref name="sinkName"/> names it for messages.</summary>
        public bool TryGetSink(IInvocationOperation invocation, CancellationToken cancellationToken, out string sinkName)
        {
            sinkName = string.Empty;
            var method = invocation.TargetMethod;
            var isFamilyName = _familyMethodNames.Contains(method.Name);
            var configured = isFamilyName ? null : _configured.For(invocation.Syntax.SyntaxTree);
            var mayBeGenerated = (_microsoftLogger != null && method.MethodKind == MethodKind.DelegateInvoke) ||
                                 (_loggerMessageAttribute != null && (method.IsPartialDefinition || method.PartialDefinitionPart != null));
            if (!isFamilyName && !mayBeGenerated && !configured!.MayContain(method.Name))
            {
                return false; // the common case: no sink has this name
            }

            var type = method.ContainingType?.OriginalDefinition;
            if (type == null)
            {
                return false;
            }

            if (isFamilyName && _families.TryGetValue(type, out var family) && IsSinkMethod(family, invocation))
            {
                sinkName = SinkName(family, invocation);
                return true;
            }

            if ((configured ?? _configured.For(invocation.Syntax.SyntaxTree)).Contains(method))
            {
                sinkName = type.Name + "." + method.Name;
                return true;
            }

            if (mayBeGenerated && (IsLoggerMessageMethod(method) || IsDefinedLogDelegate(invocation, cancellationToken)))
            {
                sinkName = method.MethodKind == MethodKind.DelegateInvoke ? DelegateName(invocation.Instance) : type.Name + "." + method.Name;
                return true;
            }

            return false;
        }

        private bool IsSinkMethod(SinkFamily family, IInvocationOperation invocation) =>
            SinkFamilyNames.Accepts(family, invocation.TargetMethod.Name) &&
            (family != SinkFamily.ConsoleWriter || ConsoleStream(invocation.Instance) != null);

        /// <summary>The names of the sink methods the types declare (a method is a family's sink only where its type declares it).</summary>
        private static HashSet<string> SinkMethodNames(Dictionary<INamedTypeSymbol, SinkFamily> families)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in families)
            {
                foreach (var member in entry.Key.GetMembers())
                {
                    if (member.Kind == SymbolKind.Method && SinkFamilyNames.Accepts(entry.Value, member.Name))
                    {
                        names.Add(member.Name);
                    }
                }
            }

            return names;
        }

        private string SinkName(SinkFamily family, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (family == SinkFamily.ConsoleWriter)
            {
                return "Console." + ConsoleStream(invocation.Instance) + "." + method.Name;
            }

            // LoggerExtensions.LogInformation(this ILogger, ...) reads as ILogger.LogInformation.
            var type = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : method.ContainingType;
            return type.Name + "." + method.Name;
        }

        /// <summary><c>Out</c> or <c>Error</c> when <paramref name="instance"/> is <c>Console.Out</c> or <c>Console.Error</c>.</summary>
        private string? ConsoleStream(IOperation? instance) =>
            instance is IPropertyReferenceOperation property &&
            (property.Property.Name == "Out" || property.Property.Name == "Error") &&
            SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _console)
                ? property.Property.Name
                : null;

        private bool IsLoggerMessageMethod(IMethodSymbol method)
        {
            if (_loggerMessageAttribute == null || !(method.IsPartialDefinition || method.PartialDefinitionPart != null))
            {
                return false;
            }

            var definition = method.PartialDefinitionPart ?? method;
            foreach (var attribute in definition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _loggerMessageAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A call of an <c>Action&lt;ILogger, …&gt;</c> field, property or local initialised from <c>LoggerMessage.Define</c>.</summary>
        private bool IsDefinedLogDelegate(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            if (_microsoftLogger == null || invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke ||
                !(invocation.TargetMethod.ContainingType is { TypeArguments.Length: > 0 } delegateType) ||
                !SymbolEqualityComparer.Default.Equals(delegateType.TypeArguments[0], _microsoftLogger))
            {
                return false;
            }

            var symbol = invocation.Instance switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (symbol == null)
            {
                return false;
            }

            if (!_definedLogDelegates.TryGetValue(symbol, out var defined))
            {
                defined = _definedLogDelegates.GetOrAdd(symbol, IsInitializedFromDefine(symbol, cancellationToken));
            }

            return defined;
        }

        /// <summary>Read from the declaration's syntax: the initializer may sit in another tree, out of this operation's reach.</summary>
        private static bool IsInitializedFromDefine(ISymbol symbol, CancellationToken cancellationToken)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var initializer = reference.GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    _ => null,
                };
                if (initializer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } &&
                    (access.Name.Identifier.ValueText == "Define" || access.Name.Identifier.ValueText == "DefineScope") &&
                    RightmostName(access.Expression) == "LoggerMessage")
                {
                    return true;
                }
            }

            return false;
        }

        private static string? RightmostName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private static string DelegateName(IOperation? instance) => instance switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => "LoggerMessage.Define",
        };
    }

    /// <summary>The method names that may be sinks, and few pieces of text that every one of them contains (<c>Write</c> for <c>WriteLine</c>).</summary>
    internal sealed class SinkNames
    {
        /// <summary>The names, by length: an identifier of the text is compared only with the names as long as it is.</summary>
        private readonly Dictionary<int, string[]> _namesByLength = new Dictionary<int, string[]>();

        private SinkNames(HashSet<string> names)
        {
            foreach (var group in names.GroupBy(name => name.Length))
            {
                _namesByLength[group.Key] = group.ToArray();
            }

            IsNameAt = MatchesAt; // one delegate, handed to every file's search
            var byLength = new List<string>(names);
            byLength.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
            var anchors = new List<string>();
            foreach (var name in byLength)
            {
                if (!anchors.Exists(anchor => name.IndexOf(anchor, StringComparison.Ordinal) >= 0))
                {
                    anchors.Add(name);
                }
            }

            Anchors = anchors;
        }

        public IReadOnlyList<string> Anchors { get; }

        /// <summary><paramref name="compilation"/> is given when its own <c>[LoggerMessage]</c> methods and <c>Define</c> delegates can be sinks.</summary>
        public static SinkNames Create(HashSet<string> familyNames, Compilation? compilation)
        {
            var names = new HashSet<string>(familyNames, StringComparer.Ordinal);
            if (compilation != null)
            {
                var generated = GeneratedLogMethods.Names(compilation);
                if (generated.Count > 0)
                {
                    names.UnionWith(generated);
                    names.Add("Invoke"); // log(logger, …) may be written log.Invoke(logger, …)
                }
            }

            return new SinkNames(names);
        }

        /// <summary>Whether the identifier at [start, +length) of a text is one of the names (text, start, length).</summary>
        public Func<string, int, int, bool> IsNameAt { get; }

        private bool MatchesAt(string text, int start, int length)
        {
            if (!_namesByLength.TryGetValue(length, out var candidates))
            {
                return false;
            }

            foreach (var name in candidates)
            {
                if (string.CompareOrdinal(text, start, name, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
