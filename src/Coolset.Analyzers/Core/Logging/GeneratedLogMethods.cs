using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The names under which this compilation's own code calls log sinks that any name can have: <c>[LoggerMessage]</c>
    /// partial methods and delegates made by <c>LoggerMessage.Define</c> (fields, properties, locals). With them, every
    /// sink has a known name, so <see cref="InvocationSites"/> can find sink calls by a search of a file's text.
    /// </summary>
    /// <remarks>
    /// A compilation-wide fact, read from syntax only and cached per <see cref="SyntaxTree"/> as
    /// <see cref="ClientRegistrations"/> is: a file without the text <c>LoggerMessage</c> costs one search, once. The
    /// symbols still decide: a name found here only lets a call be looked at.
    /// </remarks>
    internal static class GeneratedLogMethods
    {
        private const string Marker = "LoggerMessage";
        private static readonly string[] None = Array.Empty<string>();
        private static readonly ConditionalWeakTable<SyntaxTree, string[]> ByTree = new ConditionalWeakTable<SyntaxTree, string[]>();
        private static readonly ConditionalWeakTable<SyntaxTree, string[]>.CreateValueCallback Read = ReadFile;

        /// <summary>The names over all files of <paramref name="compilation"/>.</summary>
        public static HashSet<string> Names(Compilation compilation)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
#pragma warning disable RS0030 // A compilation-wide fact: computed on first need, each file's part cached per tree.
            var trees = compilation.SyntaxTrees;
#pragma warning restore RS0030
            foreach (var tree in trees)
            {
                foreach (var name in ByTree.GetValue(tree, Read))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        private static string[] ReadFile(SyntaxTree tree)
        {
            var text = FileText.Of(tree, CancellationToken.None);
            var index = text.IndexOf(Marker, StringComparison.Ordinal);
            if (index < 0)
            {
                return None;
            }

            var root = tree.GetRoot();
            var names = new List<string>();
            for (; index >= 0; index = text.IndexOf(Marker, index + Marker.Length, StringComparison.Ordinal))
            {
                for (var node = root.FindToken(index).Parent; node != null && !(node is BaseTypeDeclarationSyntax); node = node.Parent)
                {
                    var name = node switch
                    {
                        MethodDeclarationSyntax method when IsAttributeName(root.FindToken(index).Parent) => method.Identifier.ValueText,
                        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                        PropertyDeclarationSyntax property => property.Identifier.ValueText,
                        AssignmentExpressionSyntax { Left: var left } => LastName(left),
                        _ => null,
                    };
                    if (node is MethodDeclarationSyntax || name != null)
                    {
                        if (name != null)
                        {
                            names.Add(name);
                        }

                        break;
                    }
                }
            }

            return names.Count == 0 ? None : names.ToArray();
        }

        /// <summary><c>[LoggerMessage(…)]</c> on a method (the marker stands in an attribute's name).</summary>
        private static bool IsAttributeName(SyntaxNode? node)
        {
            for (; node is NameSyntax; node = node.Parent)
            {
            }

            return node is AttributeSyntax;
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
