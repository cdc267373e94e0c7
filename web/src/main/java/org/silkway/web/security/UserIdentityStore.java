package org.silkway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.silkway.core.user.UserAccounts;

/**
 * Checks a user name and password against Silkway's users: an enabled user with that password is
 * valid, with the groups of their role (which are the container's role names).
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject UserAccounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verify(password.getCaller(), password.getPasswordAsString())
        .map(user -> new CredentialValidationResult(user.username(), user.role().groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
