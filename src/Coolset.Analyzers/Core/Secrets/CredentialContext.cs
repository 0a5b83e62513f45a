using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Credential context (docs/concepts.md, "Token value"): code that also handles HTTP requests, clients or headers,
    /// cookies or sessions, configuration, options, environment variables or authentication. Where the bare words
    /// <c>token</c> and <c>secret</c> name a credential rather than a lexer token, an LLM output token or a game word.
    /// </summary>
    /// <remarks>
    /// One per compilation (<see cref="For"/>), shared by every analysis of it. A type is judged once, from its own symbols (base types, interfaces, the types of its
    /// fields, properties, events, method parameters and return types, its enclosing type) and, for environment
    /// variables, which have no type to hold, from its declaration text. A method body is judged once, from the types it
    /// creates, declares and calls into, and only for a local or parameter whose type is not in context.
    /// </remarks>
    internal sealed class CredentialContext
    {
        private const int MaximumTypeArgumentDepth = 2;
        private const string EnvironmentVariableText = "EnvironmentVariable";

        /// <summary>Namespaces (and the namespaces below them) whose types handle HTTP, sessions, configuration, options or authentication.</summary>
        private static readonly string[] ContextNamespaces =
        {
            "System.Net.Http", "System.Web", "System.Configuration", "System.Security.Claims", "System.IdentityModel",
            "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Authentication",
            "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Identity", "Microsoft.AspNetCore.Builder",
            "Microsoft.AspNetCore.Session", "Microsoft.Net.Http.Headers", "Microsoft.Extensions.Http",
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Options", "Microsoft.IdentityModel",
            "Microsoft.Identity", "Azure.Identity", "Azure.Core", "Google.Apis.Auth", "RestSharp", "Refit", "Flurl",
        };

        /// <summary>The types of <c>System.Net</c> that are about HTTP, cookies and credentials (not sockets or addresses).</summary>
        private static readonly string[] SystemNetTypes =
        {
            "WebClient", "WebRequest", "HttpWebRequest", "WebHeaderCollection", "Cookie", "CookieContainer", "CookieCollection",
            "NetworkCredential", "CredentialCache", "ICredentials", "HttpListener", "HttpListenerContext", "HttpListenerRequest",
            "HttpListenerResponse",
        };

        /// <summary>Type-name endings of the classes configuration is bound to (the options pattern).</summary>
        private static readonly string[] SettingsTypeSuffixes = { "Options", "Settings", "Config", "Configuration" };

        private static readonly ConditionalWeakTable<Compilation, CredentialContext> ByCompilation = new ConditionalWeakTable<Compilation, CredentialContext>();
        private static readonly ConditionalWeakTable<Compilation, CredentialContext>.CreateValueCallback Create = _ => new CredentialContext();

        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _types = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamespaceSymbol, NamespaceKind> _namespaces = new ConcurrentDictionary<INamespaceSymbol, NamespaceKind>(SymbolEqualityComparer.Default);
        private readonly ConditionalWeakTable<IOperation, StrongBox<bool>> _methods = new ConditionalWeakTable<IOperation, StrongBox<bool>>();
        private readonly ConditionalWeakTable<IOperation, StrongBox<bool>>.CreateValueCallback _computeMethod;
        private int _computedTypes;

        private CredentialContext()
        {
            _computeMethod = root => new StrongBox<bool>(MethodHandlesCredentials(root));
        }

        private enum NamespaceKind
        {
            None,
            Context,
            SystemNet,
            System,
        }

        /// <summary>The credential context of <paramref name="compilation"/>: compilation-start actions run again for every IDE request, the facts stay.</summary>
        public static CredentialContext For(Compilation compilation) => ByCompilation.GetValue(compilation, Create);

        /// <summary>How many types were judged so far (the cache is tested through it).</summary>
        internal int ComputedTypes => _computedTypes;

        /// <summary>
        /// Whether <paramref name="symbol"/> stands in credential context: its containing type is, or (for a local or a
        /// parameter) the method body <paramref name="root"/> it is used in handles credentials itself.
        /// </summary>
        public bool Holds(ISymbol symbol, IOperation? root)
        {
            if (symbol.ContainingType is { } type && TypeHandlesCredentials(type))
            {
                return true;
            }

            return (symbol is ILocalSymbol || symbol is IParameterSymbol) && root != null && _methods.GetValue(root, _computeMethod).Value;
        }

        /// <summary>Whether <paramref name="type"/> handles HTTP, sessions, configuration, options, environment variables or authentication.</summary>
        public bool TypeHandlesCredentials(INamedTypeSymbol type)
        {
            type = type.OriginalDefinition;
            if (_types.TryGetValue(type, out var handles))
            {
                return handles;
            }

            handles = ComputeType(type);
            if (_types.TryAdd(type, handles))
            {
                Interlocked.Increment(ref _computedTypes);
            }

            return handles;
        }

        private bool ComputeType(INamedTypeSymbol type)
        {
            if (IsSettingsTypeName(type.Name))
            {
                return true;
            }

            for (var baseType = type.BaseType; baseType != null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
            {
                if (IsContextType(baseType, 0) || (InSource(baseType) && TypeHandlesCredentials(baseType)))
                {
                    return true;
                }
            }

            foreach (var implemented in type.Interfaces)
            {
                if (IsContextType(implemented, 0))
                {
                    return true;
                }
            }

            foreach (var member in type.GetMembers())
            {
                if (MemberHandlesCredentials(member))
                {
                    return true;
                }
            }

            return (type.ContainingType != null && TypeHandlesCredentials(type.ContainingType)) || MentionsEnvironmentVariables(type);
        }

        private bool MemberHandlesCredentials(ISymbol member)
        {
            switch (member)
            {
                case IFieldSymbol field:
                    return IsContextType(field.Type, 0);
                case IPropertySymbol property:
                    return IsContextType(property.Type, 0);
                case IEventSymbol @event:
                    return IsContextType(@event.Type, 0);
                case IMethodSymbol method:
                    if (!method.ReturnsVoid && IsContextType(method.ReturnType, 0))
                    {
                        return true;
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        if (IsContextType(parameter.Type, 0))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Environment variables are read through a static class, so its name in the type's text is what shows it.</summary>
        private static bool MentionsEnvironmentVariables(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (Contains(reference.SyntaxTree.GetText(), reference.Span, EnvironmentVariableText))
                {
                    return true;
                }
            }

            return false;
        }

        private bool MethodHandlesCredentials(IOperation root)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when IsContextType(declarator.Symbol.Type, 0):
                    case IObjectCreationOperation creation when IsContextType(creation.Type, 0):
                    case IInvocationOperation invocation when IsContextType(invocation.TargetMethod.ContainingType, 0):
                    case IPropertyReferenceOperation property when IsContextType(property.Property.ContainingType, 0):
                    case IAnonymousFunctionOperation lambda when AnyParameterInContext(lambda.Symbol):
                    case ILocalFunctionOperation function when AnyParameterInContext(function.Symbol):
                        return true;
                }
            }

            return false;
        }

        private bool AnyParameterInContext(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (IsContextType(parameter.Type, 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A context type itself, an array of one, or a generic type with one as an argument (<c>Task&lt;HttpResponseMessage&gt;</c>).</summary>
        private bool IsContextType(ITypeSymbol? type, int depth)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return IsContextType(array.ElementType, depth);
                case INamedTypeSymbol named:
                    if (IsContextNamedType(named.OriginalDefinition))
                    {
                        return true;
                    }

                    if (depth < MaximumTypeArgumentDepth)
                    {
                        foreach (var argument in named.TypeArguments)
                        {
                            if (IsContextType(argument, depth + 1))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private bool IsContextNamedType(INamedTypeSymbol type)
        {
            var containingNamespace = type.ContainingNamespace;
            if (containingNamespace == null || containingNamespace.IsGlobalNamespace)
            {
                return false;
            }

            if (!_namespaces.TryGetValue(containingNamespace, out var kind))
            {
                kind = _namespaces.GetOrAdd(containingNamespace, Classify(containingNamespace.ToDisplayString()));
            }

            switch (kind)
            {
                case NamespaceKind.Context:
                    return true;
                case NamespaceKind.SystemNet:
                    return Array.IndexOf(SystemNetTypes, type.Name) >= 0;
                case NamespaceKind.System:
                    return type.Name == "Environment" || type.Name == "EnvironmentVariableTarget";
                default:
                    return false;
            }
        }

        private static NamespaceKind Classify(string name)
        {
            if (name == "System")
            {
                return NamespaceKind.System;
            }

            if (name == "System.Net")
            {
                return NamespaceKind.SystemNet;
            }

            foreach (var context in ContextNamespaces)
            {
                if (name.StartsWith(context, StringComparison.Ordinal) &&
                    (name.Length == context.Length || name[context.Length] == '.'))
                {
                    return NamespaceKind.Context;
                }
            }

            return NamespaceKind.None;
        }

        private static bool IsSettingsTypeName(string name)
        {
            foreach (var suffix in SettingsTypeSuffixes)
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(SourceText text, TextSpan span, string value)
        {
            var last = Math.Min(span.End, text.Length) - value.Length;
            for (var i = span.Start; i <= last; i++)
            {
                if (text[i] != value[0])
                {
                    continue;
                }

                var j = 1;
                while (j < value.Length && text[i + j] == value[j])
                {
                    j++;
                }

                if (j == value.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
