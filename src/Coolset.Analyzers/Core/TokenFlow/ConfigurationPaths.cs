using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Which configuration path an <c>IConfiguration</c> expression stands for (<c>config.GetSection("Coolset")</c> is <c>Coolset</c>).</summary>
    internal static class ConfigurationPaths
    {
        public const string Separator = ":";

        private const int MaximumDepth = 16;

        /// <summary>
        /// The path of a chain of constant <c>GetSection</c>/<c>GetRequiredSection</c> calls, <c>""</c> for any other
        /// configuration (taken as the root), null when <paramref name="operation"/> is not a configuration.
        /// </summary>
        public static string? PathOf(IOperation? operation, TokenSourceSymbols symbols) => PathOf(operation, symbols, depth: 0);

        private static string? PathOf(IOperation? operation, TokenSourceSymbols symbols, int depth)
        {
            operation = operation?.WithoutConversions();
            if (operation == null || !symbols.IsConfiguration(operation.Type) || depth > MaximumDepth)
            {
                return null;
            }

            // var section = config.GetSection("Coolset"); ... section["ApiToken"]
            if (operation is ILocalReferenceOperation local && Initializer(local) is { } initializer)
            {
                return PathOf(initializer, symbols, depth + 1);
            }

            if (operation is IInvocationOperation invocation &&
                (invocation.TargetMethod.Name == "GetSection" || invocation.TargetMethod.Name == "GetRequiredSection"))
            {
                var isExtension = invocation.TargetMethod.IsExtensionMethod;
                var key = invocation.Arguments.ConstantStringArgument(isExtension ? 1 : 0);
                var parent = PathOf(isExtension ? invocation.Arguments.ArgumentValue(0) : invocation.Instance, symbols, depth + 1);
                if (key == null || parent == null)
                {
                    return null;
                }

                return parent.Length == 0 ? key : parent + Separator + key;
            }

            return string.Empty;
        }

        /// <summary>The initializer of a local declared in the same method (a section is seldom reassigned).</summary>
        private static IOperation? Initializer(ILocalReferenceOperation reference)
        {
            var model = reference.SemanticModel;
            foreach (var syntax in reference.Local.DeclaringSyntaxReferences)
            {
                if (syntax.SyntaxTree == model?.SyntaxTree &&
                    model.OperationOrNull(syntax.GetSyntax(), CancellationToken.None) is IVariableDeclaratorOperation declarator)
                {
                    return declarator.GetVariableInitializer()?.Value;
                }
            }

            return null;
        }

        /// <summary><c>ConfigurationBinder.GetValue</c>/<c>Get</c>, matched by name: the binder package may be absent.</summary>
        public static bool IsBinderMethod(IMethodSymbol method)
        {
            var type = method.ContainingType;
            return type != null && type.Name == "ConfigurationBinder" &&
                   type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration";
        }
    }
}
