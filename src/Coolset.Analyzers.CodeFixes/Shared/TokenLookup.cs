using System;
using System.Collections.Generic;
using System.Linq;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>Where a fixed token is read from: the C# text of the lookup, and whether it may be null.</summary>
    internal sealed class TokenLookup
    {
        private TokenLookup(string equivalenceKey, string title, string expressionText, bool mayBeNull, string missingName)
        {
            EquivalenceKey = equivalenceKey;
            Title = title;
            ExpressionText = expressionText;
            MayBeNull = mayBeNull;
            MissingName = missingName;
        }

        public string EquivalenceKey { get; }

        public string Title { get; }

        /// <summary>Fully qualified C#; <see cref="DocumentCleanup"/> reduces it.</summary>
        public string ExpressionText { get; }

        public bool MayBeNull { get; }

        private string MissingName { get; }

        /// <summary>The lookup, with <c>?? throw</c> when the place needs a non-null string and the lookup may give null.</summary>
        public string NonNullExpressionText =>
            MayBeNull
                ? ExpressionText + " ?? throw new System.InvalidOperationException(" + StringLiterals.Quoted(MissingName + " is not set.") + ")"
                : ExpressionText;

        public static TokenLookup EnvironmentVariable(string variableName) => new TokenLookup(
            EquivalenceKeys.ReadTokenFromEnvironmentVariable,
            $"Read the token from environment variable '{variableName}'",
            "System.Environment.GetEnvironmentVariable(" + StringLiterals.Quoted(variableName) + ")",
            mayBeNull: true,
            variableName);

        /// <summary>An <c>IOptions&lt;T&gt;</c> with a token-named string property, else an <c>IConfiguration</c>, in scope at <paramref name="position"/>.</summary>
        public static IEnumerable<TokenLookup> FromScope(SemanticModel model, int position, string configurationKey)
        {
            var types = KnownTypes.For(model.Compilation);
            var configurationType = types.Get(WellKnownTypeNames.IConfiguration);
            var optionsTypes = new[] { WellKnownTypeNames.IOptions, WellKnownTypeNames.IOptionsSnapshot, WellKnownTypeNames.IOptionsMonitor }
                .Select(types.Get)
                .ToArray();
            if (configurationType == null && optionsTypes.All(t => t == null))
            {
                yield break;
            }

            var candidates = InScopeMembers(model, position).ToList();

            foreach (var candidate in candidates)
            {
                var type = candidate.ValueType();
                if (type is INamedTypeSymbol { IsGenericType: true } named &&
                    Array.FindIndex(optionsTypes, t => SymbolEqualityComparer.Default.Equals(t, named.OriginalDefinition)) is var index && index >= 0 &&
                    TokenProperty(named.TypeArguments[0]) is IPropertySymbol property)
                {
                    var valueAccess = index == 2 ? ".CurrentValue." : ".Value.";
                    var text = candidate.Name + valueAccess + property.Name;
                    yield return new TokenLookup(
                        EquivalenceKeys.ReadTokenFromOptions,
                        $"Read the token from options ('{text}')",
                        text,
                        mayBeNull: property.Type.NullableAnnotation != NullableAnnotation.NotAnnotated,
                        named.TypeArguments[0].Name + "." + property.Name);
                    break;
                }
            }

            foreach (var candidate in candidates)
            {
                var type = candidate.ValueType();
                if (type.IsOrImplements(configurationType))
                {
                    var text = candidate.Name + "[" + StringLiterals.Quoted(configurationKey) + "]";
                    yield return new TokenLookup(
                        EquivalenceKeys.ReadTokenFromConfiguration,
                        $"Read the token from configuration ('{text}')",
                        text,
                        mayBeNull: true,
                        configurationKey);
                    break;
                }
            }
        }

        /// <summary>Parameters, fields and properties usable at <paramref name="position"/>: no instance members in a static context or an initializer.</summary>
        private static IEnumerable<ISymbol> InScopeMembers(SemanticModel model, int position)
        {
            var enclosing = model.GetEnclosingSymbol(position);
            var instanceAllowed = true;
            ISymbol? innermostStaticFunction = null;
            for (var symbol = enclosing; symbol != null && !(symbol is INamedTypeSymbol); symbol = symbol.ContainingSymbol)
            {
                if (symbol.IsStatic)
                {
                    instanceAllowed = false;
                    if (symbol is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
                    {
                        innermostStaticFunction ??= symbol;
                    }
                }

                if (symbol is IFieldSymbol || symbol is IPropertySymbol)
                {
                    instanceAllowed = false;
                }
            }

            return model.LookupSymbols(position)
                .Where(s => s.Kind == SymbolKind.Parameter || s.Kind == SymbolKind.Field || s.Kind == SymbolKind.Property)
                .Where(s => s.Kind == SymbolKind.Parameter
                    ? innermostStaticFunction == null || IsWithin(s.ContainingSymbol, innermostStaticFunction, enclosing)
                    : s.IsStatic || instanceAllowed)
                .OrderBy(s => s.Kind == SymbolKind.Parameter ? 0 : s.Kind == SymbolKind.Field ? 1 : 2)
                .ThenBy(s => s.Name, StringComparer.Ordinal);
        }

        private static bool IsWithin(ISymbol owner, ISymbol staticFunction, ISymbol? enclosing)
        {
            for (var symbol = enclosing; symbol != null; symbol = symbol.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, owner))
                {
                    return true;
                }

                if (SymbolEqualityComparer.Default.Equals(symbol, staticFunction))
                {
                    return false;
                }
            }

            return false;
        }

        private static IPropertySymbol? TokenProperty(ITypeSymbol optionsType)
        {
            foreach (var name in CredentialNames.OptionsPropertyNames)
            {
                foreach (var member in optionsType.GetMembers(name))
                {
                    if (member is IPropertySymbol { IsStatic: false, GetMethod: not null, Type.SpecialType: SpecialType.System_String } property)
                    {
                        return property;
                    }
                }
            }

            return null;
        }

    }
}
