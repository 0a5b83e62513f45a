using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>How this compilation registers HTTP clients (<c>AddHttpClient</c>) and whether it configures their Authorization anywhere.</summary>
    internal static class ClientRegistrations
    {
        /// <summary>
        /// True when the compilation calls <c>AddHttpClient</c> and sets Authorization nowhere a registered client would
        /// get it: no <c>DelegatingHandler</c> that mentions it, no <c>AddHttpClient</c>/<c>ConfigureHttpClient</c>
        /// callback that does, no <c>AddHttpMessageHandler</c> (a handler it cannot see may). Walks every tree: call it lazily, once.
        /// </summary>
        public static bool RegistersUnauthorizedClients(Compilation compilation)
        {
            var registers = false;
#pragma warning disable RS0030 // The one compilation-wide fact, computed lazily once per compilation on first need.
            var trees = compilation.SyntaxTrees;
#pragma warning restore RS0030
            foreach (var tree in trees)
            {
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

        private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static bool Mentions(SyntaxNode node, string word) =>
            node.ToString().IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
