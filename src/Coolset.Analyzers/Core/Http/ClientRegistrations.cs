using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>How this compilation registers HTTP clients (<c>AddHttpClient</c>) and whether it configures their Authorization anywhere.</summary>
    internal static class ClientRegistrations
    {
        private static readonly ConditionalWeakTable<Compilation, Fact> ByCompilation = new ConditionalWeakTable<Compilation, Fact>();

        /// <summary>
        /// True when the compilation calls <c>AddHttpClient</c> and sets Authorization nowhere a registered client would
        /// get it: no <c>DelegatingHandler</c> that mentions it, no <c>AddHttpClient</c>/<c>ConfigureHttpClient</c>
        /// callback that does, no <c>AddHttpMessageHandler</c> (a handler it cannot see may).
        /// </summary>
        /// <remarks>
        /// Walks every tree, so it is computed on first need and cached per <see cref="Compilation"/>: in the IDE,
        /// compilation-start actions run again for every document request, and a cache there would not survive them.
        /// </remarks>
        public static bool RegistersUnauthorizedClients(Compilation compilation) =>
            ByCompilation.GetValue(compilation, c => new Fact(c)).Value;

        /// <summary>How many times the fact was computed for <paramref name="compilation"/> (0 or 1): lets a test prove it is cached.</summary>
        internal static int ComputationsFor(Compilation compilation) =>
            ByCompilation.TryGetValue(compilation, out var fact) ? fact.Computations : 0;

        private static bool Compute(Compilation compilation)
        {
            if (KnownTypes.For(compilation).Get(WellKnownTypeNames.HttpClientFactoryServiceCollectionExtensions) == null)
            {
                return false; // no Microsoft.Extensions.Http: nothing can call its AddHttpClient, no tree is walked
            }

            var registers = false;
#pragma warning disable RS0030 // The one compilation-wide fact, computed lazily once per compilation on first need.
            var trees = compilation.SyntaxTrees;
#pragma warning restore RS0030
            foreach (var tree in trees)
            {
                if (!MayRegisterOrAuthorize(tree))
                {
                    continue; // most files: one text search instead of a walk of every node
                }

                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    switch (node)
                    {
                        case InvocationExpressionSyntax invocation:
                            switch (InvokedName(invocation))
                            {
                                case "AddHttpClient":
                                    registers = true;
                                    if (Mentions(invocation.ArgumentList, AuthorizationHeader.Name))
                                    {
                                        return false;
                                    }

                                    break;
                                case "ConfigureHttpClient":
                                case "ConfigureHttpClientDefaults":
                                    if (Mentions(invocation.ArgumentList, AuthorizationHeader.Name))
                                    {
                                        return false;
                                    }

                                    break;
                                case "AddHttpMessageHandler":
                                    return false;
                            }

                            break;
                        case ClassDeclarationSyntax type when type.BaseList != null && Mentions(type.BaseList, "DelegatingHandler") && Mentions(type, AuthorizationHeader.Name):
                            return false;
                    }
                }
            }

            return registers;
        }

        private static bool MayRegisterOrAuthorize(SyntaxTree tree)
        {
            var text = tree.GetText().ToString();
            return text.IndexOf("AddHttpClient", StringComparison.Ordinal) >= 0 ||
                   text.IndexOf("ConfigureHttpClient", StringComparison.Ordinal) >= 0 ||
                   text.IndexOf("AddHttpMessageHandler", StringComparison.Ordinal) >= 0 ||
                   text.IndexOf("DelegatingHandler", StringComparison.Ordinal) >= 0;
        }

        private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static bool Mentions(SyntaxNode node, string word) =>
            node.ToString().IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

        private sealed class Fact
        {
            private readonly Lazy<bool> _value;
            private int _computations;

            public Fact(Compilation compilation)
            {
                _value = new Lazy<bool>(() =>
                {
                    Interlocked.Increment(ref _computations);
                    return Compute(compilation);
                });
            }

            public bool Value => _value.Value;

            public int Computations => Volatile.Read(ref _computations);
        }
    }
}
