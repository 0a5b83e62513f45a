using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>How this compilation registers HTTP clients (<c>AddHttpClient</c>) and whether it configures their Authorization anywhere.</summary>
    /// <remarks>
    /// The one compilation-wide fact of the rules, so it is computed only when a method needs it and never walks a file
    /// twice: what each file contributes is cached per <see cref="SyntaxTree"/>. Trees outlive compilations: in the IDE
    /// every document request analyzes a fresh copy of the compilation (Roslyn 4.8 clones it for each analyzer driver),
    /// and an edit replaces only the edited file's tree, so a cache keyed by the compilation would walk every file again
    /// on every keystroke.
    /// </remarks>
    internal static class ClientRegistrations
    {
        private static readonly ConditionalWeakTable<SyntaxTree, FileFacts> ByTree = new ConditionalWeakTable<SyntaxTree, FileFacts>();
        private static readonly ConditionalWeakTable<SyntaxTree, FileFacts>.CreateValueCallback Read = ReadFile;

        /// <summary>
        /// True when the compilation calls <c>AddHttpClient</c> and sets Authorization nowhere a registered client would
        /// get it: no <c>DelegatingHandler</c> that mentions it, no <c>AddHttpClient</c>/<c>ConfigureHttpClient</c>
        /// callback that does, no <c>AddHttpMessageHandler</c> (a handler it cannot see may).
        /// </summary>
        public static bool RegistersUnauthorizedClients(Compilation compilation)
        {
            if (KnownTypes.For(compilation).Get(WellKnownTypeNames.HttpClientFactoryServiceCollectionExtensions) == null)
            {
                return false; // no Microsoft.Extensions.Http: nothing can call its AddHttpClient, no file is read
            }

            var registers = false;
#pragma warning disable RS0030 // The one compilation-wide fact: computed on first need, each file's part cached per tree.
            var trees = compilation.SyntaxTrees;
#pragma warning restore RS0030
            foreach (var tree in trees)
            {
                var facts = ByTree.GetValue(tree, Read);
                if (facts.Authorizes)
                {
                    return false;
                }

                registers |= facts.Registers;
            }

            return registers;
        }

        /// <summary>Whether <paramref name="tree"/>'s part is cached (lets a test prove a file is read once, and only when needed).</summary>
        internal static bool IsRead(SyntaxTree tree) => ByTree.TryGetValue(tree, out _);

        private static FileFacts ReadFile(SyntaxTree tree)
        {
            if (!MayRegisterOrAuthorize(tree))
            {
                return FileFacts.None; // most files: one text search instead of a walk of every node
            }

            var registers = false;
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
                                    return FileFacts.Authorizing;
                                }

                                break;
                            case "ConfigureHttpClient":
                            case "ConfigureHttpClientDefaults":
                                if (Mentions(invocation.ArgumentList, AuthorizationHeader.Name))
                                {
                                    return FileFacts.Authorizing;
                                }

                                break;
                            case "AddHttpMessageHandler":
                                return FileFacts.Authorizing;
                        }

                        break;
                    case ClassDeclarationSyntax type when type.BaseList != null && Mentions(type.BaseList, "DelegatingHandler") && Mentions(type, AuthorizationHeader.Name):
                        return FileFacts.Authorizing;
                }
            }

            return registers ? FileFacts.Registering : FileFacts.None;
        }

        private static bool MayRegisterOrAuthorize(SyntaxTree tree)
        {
            var text = FileText.Of(tree, CancellationToken.None);
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

        /// <summary>What one file contributes: it registers clients, or it authorizes them somewhere (which settles the question).</summary>
        private sealed class FileFacts
        {
            public static readonly FileFacts None = new FileFacts(registers: false, authorizes: false);
            public static readonly FileFacts Registering = new FileFacts(registers: true, authorizes: false);
            public static readonly FileFacts Authorizing = new FileFacts(registers: true, authorizes: true);

            private FileFacts(bool registers, bool authorizes)
            {
                Registers = registers;
                Authorizes = authorizes;
            }

            public bool Registers { get; }

            public bool Authorizes { get; }
        }
    }
}
