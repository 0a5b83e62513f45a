using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The names a type may be written with in a file: its own, and the <c>using</c> aliases of it (the file's, and the
    /// <c>global using</c> aliases of any file). Read from syntax by the rightmost name of each alias's target; binding
    /// then decides, so an alias of another type with the same name costs a look and nothing more.
    /// </summary>
    /// <remarks>
    /// The global aliases are a compilation-wide fact: on first need, each file's compilation-unit <c>using</c> list is
    /// read once and cached per <see cref="SyntaxTree"/>, as <see cref="GeneratedLogMethods"/> caches its names.
    /// </remarks>
    internal static class TypeAliases
    {
        private static readonly Alias[] None = Array.Empty<Alias>();
        private static readonly ConditionalWeakTable<SyntaxTree, Alias[]> GlobalByTree = new ConditionalWeakTable<SyntaxTree, Alias[]>();
        private static readonly ConditionalWeakTable<SyntaxTree, Alias[]>.CreateValueCallback ReadGlobal = ReadGlobalAliases;
        private static readonly ConditionalWeakTable<Compilation, Alias[]> GlobalByCompilation = new ConditionalWeakTable<Compilation, Alias[]>();
        private static readonly ConditionalWeakTable<Compilation, Alias[]>.CreateValueCallback CollectGlobal = CollectGlobalAliases;

        /// <summary>
        /// Adds <paramref name="typeName"/> and every alias of a type so named that a file can use: the global ones, and
        /// those of <paramref name="root"/>'s file (null when its text does not hold the name, so it declares none).
        /// </summary>
        public static void AddNames(Compilation compilation, SyntaxNode? root, string typeName, List<string> names)
        {
            names.Add(typeName);
            if (root is CompilationUnitSyntax unit)
            {
                AddFileAliases(unit.Usings, unit.Members, typeName, names);
            }

            foreach (var alias in GlobalByCompilation.GetValue(compilation, CollectGlobal))
            {
                if (alias.Target == typeName && !names.Contains(alias.Name))
                {
                    names.Add(alias.Name);
                }
            }
        }

        private static void AddFileAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, string typeName, List<string> names)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias != null && RightmostName(directive.Name) == typeName && !names.Contains(directive.Alias.Name.Identifier.ValueText))
                {
                    names.Add(directive.Alias.Name.Identifier.ValueText);
                }
            }

            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    AddFileAliases(ns.Usings, ns.Members, typeName, names);
                }
            }
        }

        private static Alias[] CollectGlobalAliases(Compilation compilation)
        {
            List<Alias>? aliases = null;
#pragma warning disable RS0030 // A compilation-wide fact: computed on first need, each file's part cached per tree.
            var trees = compilation.SyntaxTrees;
#pragma warning restore RS0030
            foreach (var tree in trees)
            {
                foreach (var alias in GlobalByTree.GetValue(tree, ReadGlobal))
                {
                    (aliases ??= new List<Alias>()).Add(alias);
                }
            }

            return aliases?.ToArray() ?? None;
        }

        private static Alias[] ReadGlobalAliases(SyntaxTree tree)
        {
            if (!(tree.GetRoot() is CompilationUnitSyntax unit))
            {
                return None;
            }

            List<Alias>? aliases = null;
            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Alias != null && RightmostName(directive.Name) is { } target)
                {
                    (aliases ??= new List<Alias>()).Add(new Alias(directive.Alias.Name.Identifier.ValueText, target));
                }
            }

            return aliases?.ToArray() ?? None;
        }

        private static string? RightmostName(NameSyntax? name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            _ => null,
        };

        private readonly struct Alias
        {
            public Alias(string name, string target)
            {
                Name = name;
                Target = target;
            }

            public string Name { get; }

            public string Target { get; }
        }
    }
}
